package org.govkg.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * File names as ids and in messages. A name whose bytes are not UTF-8 (a GBK name on a UTF-8 system)
 * reads back from {@link Path#toString()} with U+FFFD for every bad byte, so two such names could give
 * one id; here the bytes the decoder could not read are kept, as {@code %XX}, from the path's URI (which
 * holds the raw bytes). In messages, control characters (a new line in a name) are escaped, so that a
 * message about a file is always one line.
 */
public final class FileNames {

    private FileNames() {
    }

    /** The document id of {@code path}: its file name, byte-exact (undecodable bytes as {@code %XX}). */
    public static String id(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return path.toString();
        }
        String s = name.toString();
        if (s.indexOf('\uFFFD') < 0) {
            return s;
        }
        String raw = path.toAbsolutePath().toUri().getRawPath();
        if (raw.endsWith("/")) {
            raw = raw.substring(0, raw.length() - 1);
        }
        return exact(raw.substring(raw.lastIndexOf('/') + 1));
    }

    /** {@code path} for a one-line message: byte-exact as in {@link #id}, control characters escaped. */
    public static String printable(Path path) {
        String s = path.toString();
        if (s.indexOf('\uFFFD') >= 0) {
            StringBuilder sb = new StringBuilder();
            for (Path element : path) {
                sb.append(sb.length() > 0 || path.isAbsolute() ? "/" : "").append(id(element));
            }
            s = sb.toString();
        }
        return printable(s);
    }

    /** {@code s} with control and format characters escaped ({@code \n}, {@code \t}, {@code \u202E}). */
    public static String printable(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            boolean escape = type == Character.CONTROL || type == Character.FORMAT
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
            if (escape && sb == null) {
                sb = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (sb == null) {
                continue;
            }
            if (!escape) {
                sb.append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else {
                sb.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            }
        }
        return sb == null ? s : sb.toString();
    }

    /**
     * A percent-encoded URI path made text again: each run of escaped bytes decoded when it is UTF-8,
     * else kept as {@code %XX}; a {@code %} of the name itself stays {@code %25}, so nothing collides.
     */
    static String exact(String rawPath) {
        StringBuilder out = new StringBuilder(rawPath.length());
        ByteArrayOutputStream run = new ByteArrayOutputStream();
        for (int i = 0; i < rawPath.length(); i++) {
            char c = rawPath.charAt(i);
            if (c == '%' && i + 2 < rawPath.length()) {
                run.write(Integer.parseInt(rawPath.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                flush(run, out);
                out.append(c);
            }
        }
        flush(run, out);
        return out.toString();
    }

    /** Appends the bytes of {@code run}: as text when they are UTF-8, else every non-ASCII byte as %XX. */
    private static void flush(ByteArrayOutputStream run, StringBuilder out) {
        byte[] b = run.toByteArray();
        run.reset();
        String text = decode(b, 0, b.length);
        if (text != null && text.indexOf('%') < 0) {
            out.append(text);
            return;
        }
        for (byte x : b) {
            int c = x & 0xFF;
            // A % of the name itself stays escaped: %C4 written in a name must not read as the byte C4.
            if (c < 0x80 && c != '%') {
                out.append((char) c);
            } else {
                out.append(String.format(Locale.ROOT, "%%%02X", c));
            }
        }
    }

    private static String decode(byte[] b, int i, int len) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, i, len))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
