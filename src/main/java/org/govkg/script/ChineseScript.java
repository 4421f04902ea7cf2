package org.govkg.script;

import java.util.ServiceLoader;
import org.govkg.text.Han;

/**
 * Traditional → simplified conversion. {@link #toSimplifiedAligned} keeps one output character per
 * input character, so a caller can map offsets through the conversion exactly. The dictionary is the
 * {@link PhraseConverter} found on the classpath (HanLP's, from {@code org.govkg.nlp}); a missing one
 * fails loudly on first use. Thread-safe.
 */
public final class ChineseScript {

    private static final class Holder {
        static final PhraseConverter CONVERTER = ServiceLoader.load(PhraseConverter.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + PhraseConverter.class.getName()
                        + " on the classpath (META-INF/services)"));
    }

    private ChineseScript() {
    }

    /** Phrase-aware conversion; the result may differ in length from {@code text}. */
    public static String toSimplified(String text) {
        return Holder.CONVERTER.toSimplified(text);
    }

    /**
     * Converts {@code text} to simplified characters with exactly one output character per input
     * character. The converter works phrase by phrase and a few phrases change length; a stretch of Han
     * characters whose conversion changes length is converted character by character instead.
     */
    public static String toSimplifiedAligned(String text) {
        String whole = toSimplified(text);
        if (whole.length() == text.length()) {
            return whole;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int j = i;
            boolean han = Han.isHan(text.charAt(i));
            while (j < text.length() && Han.isHan(text.charAt(j)) == han) {
                j++;
            }
            String run = text.substring(i, j);
            if (!han) {
                out.append(run);
            } else {
                String converted = toSimplified(run);
                if (converted.length() == run.length()) {
                    out.append(converted);
                } else {
                    for (int k = 0; k < run.length(); k++) {
                        String one = toSimplified(run.substring(k, k + 1));
                        out.append(one.length() == 1 ? one.charAt(0) : run.charAt(k));
                    }
                }
            }
            i = j;
        }
        return out.toString();
    }
}
