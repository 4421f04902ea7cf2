package org.govkg.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import org.govkg.text.Han;

/**
 * Finds and repairs text that was decoded from GBK bytes one byte out of step. Such a segment starts
 * where a byte was lost (shown as {@code ?}), continues with the byte pairs read across character
 * boundaries (odd characters, full-width {@code ！；} later flattened to {@code !;}) and ends where an
 * ASCII byte in the trail-byte range {@code 0x40–0x7E} puts the reader back in step
 * ({@code ?!耙劳锌h} for {@code 。“依托縣}).
 * <p>Repair re-encodes the segment as GBK, puts the lost lead byte back (0xA1, the lead byte of Chinese
 * punctuation, where such shifts start), decodes in step and keeps the result only if it is clean:
 * common Chinese characters and punctuation only. Segments that do not come out clean are left as they
 * are and counted as unrepaired.
 * <p>Requires: decoded text. Produces: the repaired text and the two counts. Thread-safe.
 */
final class MojibakeRepair {

    private static final Charset GBK = Charset.forName("GBK");
    private static final int MAX_SEGMENT = 12;
    private static final int MAX_LOST = 2;
    private static final byte LOST_LEAD = (byte) 0xA1;
    private static final String PUNCTUATION = "，。、；：“”！？（）《》‘’";

    /** The repaired text and the counts of repaired and unrepaired segments. */
    record Result(MappedText text, int repaired, int unrepaired) {
    }

    private MojibakeRepair() {
    }

    static Result repair(MappedText in) {
        String s = in.text();
        if (s.indexOf('?') < 0) {
            return new Result(in, 0, 0);
        }
        MappedText.Builder out = in.builder();
        CharsetEncoder encoder = GBK.newEncoder();
        CharsetDecoder decoder = GBK.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int repaired = 0;
        int unrepaired = 0;
        int copied = 0;
        int i = s.indexOf('?');
        while (i >= 0) {
            int end = segmentEnd(s, i);
            if (end < 0) {
                i = s.indexOf('?', i + 1);
                continue;
            }
            String fixed = redecode(s.substring(i, end), encoder, decoder);
            if (fixed == null) {
                unrepaired++;
            } else {
                out.copy(copied, i);
                out.replace(i, end, fixed);
                copied = end;
                repaired++;
            }
            i = s.indexOf('?', end);
        }
        out.copy(copied, s.length());
        return new Result(repaired == 0 ? in : out.build(), repaired, unrepaired);
    }

    /**
     * The end of the mis-decoded segment starting at the {@code ?} at {@code at}, or -1 when this
     * question mark does not start one (a lost byte is followed by {@code ?}, {@code !} or {@code ;}).
     */
    static int segmentEnd(String s, int at) {
        if (at > 0 && s.charAt(at - 1) == '?') {
            return -1;
        }
        int j = at;
        while (j < s.length() && j < at + MAX_SEGMENT && "?!;".indexOf(s.charAt(j)) >= 0) {
            j++;
        }
        if (j == at + 1) {
            return -1;
        }
        int k = j;
        while (k < s.length() && k < at + MAX_SEGMENT && Han.inIdeographBlocks(s.charAt(k))) {
            k++;
        }
        if (k < s.length() && k > j && k < at + MAX_SEGMENT && s.charAt(k) >= 0x40 && s.charAt(k) <= 0x7E) {
            return k + 1;
        }
        return j;
    }

    private static String redecode(String segment, CharsetEncoder encoder, CharsetDecoder decoder) {
        int lost = 0;
        for (int i = 0; i < segment.length(); i++) {
            if (segment.charAt(i) == '?') {
                lost++;
            }
        }
        if (lost > MAX_LOST) {
            return null;
        }
        // the first '?' is the lost lead byte; a later one may be a lost byte too or stand for nothing
        for (int variant = 0; variant < 1 << (lost - 1); variant++) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int q = 0;
            boolean ok = true;
            for (int i = 0; i < segment.length() && ok; i++) {
                char c = segment.charAt(i);
                if (c == '?') {
                    if (q == 0 || (variant & 1 << (q - 1)) == 0) {
                        bytes.write(LOST_LEAD);
                    }
                    q++;
                } else {
                    ok = encode(flatToFull(c), encoder, bytes);
                }
            }
            if (!ok) {
                return null;
            }
            String decoded = decode(bytes.toByteArray(), decoder);
            if (decoded != null && isClean(decoded)) {
                return decoded;
            }
        }
        return null;
    }

    private static char flatToFull(char c) {
        return c == '!' || c == ';' ? (char) (c + 0xFEE0) : c;
    }

    private static boolean encode(char c, CharsetEncoder encoder, ByteArrayOutputStream bytes) {
        try {
            ByteBuffer b = encoder.reset().encode(CharBuffer.wrap(new char[] {c}));
            bytes.write(b.array(), b.arrayOffset() + b.position(), b.remaining());
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static String decode(byte[] bytes, CharsetDecoder decoder) {
        try {
            return decoder.reset().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean isClean(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!CommonHanzi.isCommon(c) && PUNCTUATION.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }
}
