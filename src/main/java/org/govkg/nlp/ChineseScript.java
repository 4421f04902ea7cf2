package org.govkg.nlp;

import com.hankcs.hanlp.HanLP;

/**
 * Traditional → simplified conversion through HanLP's dictionaries (read-only; HanLP's configuration is
 * never touched). {@link #toSimplifiedAligned} keeps one output character per input character, so a
 * caller can map offsets through the conversion exactly. Thread-safe.
 */
public final class ChineseScript {

    private ChineseScript() {
    }

    /** HanLP's phrase-aware conversion; the result may differ in length from {@code text}. */
    public static String toSimplified(String text) {
        return HanLP.convertToSimplifiedChinese(text);
    }

    /**
     * Converts {@code text} to simplified characters with exactly one output character per input
     * character. HanLP converts phrase by phrase and a few phrases change length; a stretch of Han
     * characters whose conversion changes length is converted character by character instead.
     */
    public static String toSimplifiedAligned(String text) {
        String whole = HanLP.convertToSimplifiedChinese(text);
        if (whole.length() == text.length()) {
            return whole;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int j = i;
            boolean han = isHan(text.charAt(i));
            while (j < text.length() && isHan(text.charAt(j)) == han) {
                j++;
            }
            String run = text.substring(i, j);
            if (!han) {
                out.append(run);
            } else {
                String converted = HanLP.convertToSimplifiedChinese(run);
                if (converted.length() == run.length()) {
                    out.append(converted);
                } else {
                    for (int k = 0; k < run.length(); k++) {
                        String one = HanLP.convertToSimplifiedChinese(run.substring(k, k + 1));
                        out.append(one.length() == 1 ? one.charAt(0) : run.charAt(k));
                    }
                }
            }
            i = j;
        }
        return out.toString();
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
