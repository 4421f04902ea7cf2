package org.govkg.ingest;

import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.govkg.text.Han;

/**
 * Decodes the bytes of a report: UTF-8 (with or without BOM), UTF-32 and UTF-16 LE/BE with BOM, and
 * without one when the bytes show it (NUL bytes in the places these encodings put them, and a strict
 * decoding that reads as text), GB18030 (which
 * covers GBK and GB 2312) or Big5. A charset is a candidate only if it decodes the whole file strictly;
 * GB18030 and Big5 both accept many byte strings, so among them the one whose text has the larger
 * share of common Chinese characters wins, if that share is plausible. A UTF-8 file with one or two
 * broken bytes (and no other plausible reading) is read as UTF-8 with U+FFFD for the damage.
 * <p>Requires: the file's bytes. Produces: the decoded text without BOM and the charset's name, or an
 * {@link IngestException} with a short reason. Stateless and thread-safe.
 */
final class CharsetDetector {

    static final String CANNOT_DECODE = "cannot decode as UTF-8, GB18030 or Big5";

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    /** Below this share of common characters a strict GB18030/Big5 decoding is taken for garbage. */
    private static final double MIN_PLAUSIBILITY = 0.5;

    /** A decoded text and the charset it was read in. */
    record Decoded(String charset, String text) {
        Decoded {
            requireNonNull(charset, "charset");
            requireNonNull(text, "text");
        }
    }

    private CharsetDetector() {
    }

    static Decoded decode(byte[] bytes) throws UndecodableException {
        requireNonNull(bytes, "bytes");
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, StandardCharsets.UTF_8).map(t -> new Decoded("UTF-8", t))
                    .orElseThrow(() -> new UndecodableException("invalid UTF-8 after its byte order mark"));
        }
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return strict(bytes, 4, UTF_32LE).map(t -> new Decoded("UTF-32LE", t))
                    .orElseThrow(() -> new UndecodableException("invalid UTF-32LE after its BOM"));
        }
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return strict(bytes, 4, UTF_32BE).map(t -> new Decoded("UTF-32BE", t))
                    .orElseThrow(() -> new UndecodableException("invalid UTF-32BE after its BOM"));
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE).map(t -> new Decoded("UTF-16LE", t))
                    .orElseThrow(() -> new UndecodableException("invalid UTF-16LE after its BOM"));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE).map(t -> new Decoded("UTF-16BE", t))
                    .orElseThrow(() -> new UndecodableException("invalid UTF-16BE after its BOM"));
        }
        Optional<Decoded> wide = withoutBom(bytes);
        if (wide.isPresent()) {
            return wide.get();
        }
        if (looksBinary(bytes)) {
            throw new UndecodableException(nulCount(bytes) > 0
                    ? "binary file (NUL bytes; not UTF-8, UTF-16 or UTF-32 text)" : "binary file");
        }
        Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return new Decoded("UTF-8", utf8.get());
        }
        Optional<Decoded> legacy = Optional.empty();
        Optional<String> gb = strict(bytes, 0, GB18030);
        Optional<String> big5 = strict(bytes, 0, BIG5);
        if (gb.isPresent() && big5.isPresent()) {
            legacy = Optional.of(plausibility(big5.get()) > plausibility(gb.get())
                    ? new Decoded("Big5", big5.get()) : new Decoded("GB18030", gb.get()));
        } else if (gb.isPresent()) {
            legacy = Optional.of(new Decoded("GB18030", gb.get()));
        } else if (big5.isPresent()) {
            legacy = Optional.of(new Decoded("Big5", big5.get()));
        }
        if (legacy.isPresent() && plausibility(legacy.get().text()) >= MIN_PLAUSIBILITY) {
            return legacy.get();
        }
        // a UTF-8 file with a stray broken byte or two is still UTF-8; the damage becomes U+FFFD
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        long broken = lenient.chars().filter(c -> c == '\uFFFD').count();
        if (broken <= Math.max(1, bytes.length / 1000) && broken * 20 < lenient.length()) {
            return new Decoded("UTF-8", lenient);
        }
        throw new UndecodableException(CANNOT_DECODE);
    }

    /**
     * The share of common Chinese characters among the Han characters of {@code text} (1 when there
     * are none), less a penalty for replacement and private-use characters.
     */
    static double plausibility(String text) {
        int han = 0;
        int common = 0;
        int bad = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Han.inIdeographBlocks(c)) {
                han++;
                if (CommonHanzi.isCommon(c)) {
                    common++;
                }
            } else if (c == '\uFFFD' || c >= '\uE000' && c <= '\uF8FF') {
                bad++;
            }
        }
        if (han + bad == 0) {
            return 1.0;
        }
        return (double) common / (han + bad);
    }

    /**
     * UTF-32 or UTF-16 without a byte order mark: only when the file has NUL bytes (ASCII, line ends and
     * many CJK characters put one in every unit) and one of the four decodes strictly into text that
     * reads as text: almost no control characters, and plausible Chinese.
     */
    static Optional<Decoded> withoutBom(byte[] bytes) {
        if (nulCount(bytes) == 0) {
            return Optional.empty();
        }
        Decoded best = null;
        double bestScore = 0;
        String[] names = {"UTF-32LE", "UTF-32BE", "UTF-16LE", "UTF-16BE"};
        Charset[] charsets = {UTF_32LE, UTF_32BE, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE};
        for (int k = 0; k < names.length; k++) {
            int unit = k < 2 ? 4 : 2;
            if (bytes.length % unit != 0) {
                continue;
            }
            Optional<String> text = strict(bytes, 0, charsets[k]);
            if (text.isEmpty()) {
                continue;
            }
            double score = textShare(text.get());
            if (score >= 0.95 && plausibility(text.get()) >= MIN_PLAUSIBILITY && score > bestScore) {
                best = new Decoded(names[k], text.get());
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The share of characters that are letters, digits, punctuation, symbols or white space. */
    private static double textShare(String text) {
        int good = 0;
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            n++;
            int type = Character.getType(c);
            if (c == '\n' || c == '\r' || c == '\t'
                    || type != Character.CONTROL && type != Character.UNASSIGNED
                    && type != Character.PRIVATE_USE && type != Character.SURROGATE && c != '\uFFFD') {
                good++;
            }
        }
        return n == 0 ? 0 : (double) good / n;
    }

    private static int nulCount(byte[] bytes) {
        int n = 0;
        for (int i = 0; i < Math.min(bytes.length, 64 * 1024); i++) {
            if (bytes[i] == 0) {
                n++;
            }
        }
        return n;
    }

    /**
     * More than a few NUL bytes (a stray one in a text is damage, not a binary file), or more than a few
     * control characters other than tab, line feed, form feed, CR, ESC.
     */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 64 * 1024);
        int control = 0;
        int nul = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                nul++;
                if (nul > 2) {
                    return true;
                }
                continue;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B || b == 0x7F) {
                control++;
            }
        }
        return control > 8 && control * 100 > n;
    }

    private static Optional<String> strict(byte[] bytes, int skip, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Why bytes could not be decoded; the message is the short reason. */
    static final class UndecodableException extends Exception {
        UndecodableException(String reason) {
            super(reason);
        }
    }
}
