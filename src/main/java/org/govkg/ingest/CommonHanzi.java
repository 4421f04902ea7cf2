package org.govkg.ingest;

import java.nio.charset.Charset;
import org.govkg.text.Han;

/**
 * The set of commonly used Chinese characters, derived from the charset standards themselves: level 1
 * of GB 2312 (the 3,755 most frequent simplified characters) and the frequently used block of Big5
 * (the 5,401 characters of 0xA440–0xC67E). A wrong decoding or a shifted byte stream produces mostly
 * rare characters, so the share of common ones tells a plausible text from garbage.
 */
final class CommonHanzi {

    private static final boolean[] COMMON = build();

    private CommonHanzi() {
    }

    static boolean isCommon(char c) {
        return COMMON[c];
    }

    private static boolean[] build() {
        boolean[] common = new boolean[Character.MAX_VALUE + 1];
        mark(common, Charset.forName("GB2312"), 0xB0, 0xD7, 0xA1, 0xFE, 0xB0A1, 0xD7F9);
        mark(common, Charset.forName("Big5"), 0xA4, 0xC6, 0x40, 0xFE, 0xA440, 0xC67E);
        return common;
    }

    private static void mark(boolean[] common, Charset charset, int leadFrom, int leadTo, int trailFrom,
                             int trailTo, int first, int last) {
        byte[] pair = new byte[2];
        for (int lead = leadFrom; lead <= leadTo; lead++) {
            for (int trail = trailFrom; trail <= trailTo; trail++) {
                int code = lead << 8 | trail;
                if (code < first || code > last) {
                    continue;
                }
                pair[0] = (byte) lead;
                pair[1] = (byte) trail;
                String s = new String(pair, charset);
                if (s.length() == 1 && Han.inIdeographBlocks(s.charAt(0))) {
                    common[s.charAt(0)] = true;
                }
            }
        }
    }
}
