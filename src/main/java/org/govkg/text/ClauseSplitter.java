package org.govkg.text;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a sentence into parts at a set of punctuation marks, with character offsets: clauses at
 * ，；：。, sentence parts at ；, list items at 、. The one splitter of the pipeline; the instances
 * below are the cuts the extractors make.
 *
 * @param ends          the characters that end a part
 * @param skipsParentheses whether {@link #split} leaves end marks inside parentheses (…) or （…）
 *                         alone; the scans ({@link #startBefore}, {@link #endAfter}) look at
 *                         characters only
 */
public record ClauseSplitter(String ends, boolean skipsParentheses) {

    /** Clauses of a project sentence: at ，；：。！？ (full and half width), not inside parentheses. */
    public static final ClauseSplitter CLAUSES = new ClauseSplitter("，,；;：:。！？!?", true);
    /** Clauses and list items: {@link #CLAUSES}' marks and 、. */
    public static final ClauseSplitter CLAUSES_AND_ITEMS = new ClauseSplitter("，,；;：:。！？!?、", false);
    /** Clauses that end at ，；。 but not at ：, as a designation list reads them. */
    public static final ClauseSplitter CLAUSES_NOT_AT_COLON = new ClauseSplitter("，,；;。", false);
    /** Sentence parts: at ；. */
    public static final ClauseSplitter PARTS = new ClauseSplitter("；;", false);
    /** Clauses inside a sentence part: at ，：. */
    public static final ClauseSplitter CLAUSES_IN_PART = new ClauseSplitter("，,：:", false);

    public ClauseSplitter {
        requireNonNull(ends, "ends");
        if (ends.isEmpty()) {
            throw new IllegalArgumentException("a splitter needs at least one end mark");
        }
    }

    /** True when {@code c} ends a part. */
    public boolean isEnd(char c) {
        return ends.indexOf(c) >= 0;
    }

    /**
     * The parts of {@code within} in {@code text}, without their end marks, in order; empty parts
     * (two marks in a row, a mark at either end) are left out.
     */
    public List<Span> split(CharSequence text, Span within) {
        List<Span> out = new ArrayList<>();
        for (Span s : splitKeepingEmpty(text, within)) {
            if (s.length() > 0) {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * The parts of {@code within} like {@link String#split(String, int)} with limit -1: every part,
     * empty ones too, so there is always one more part than end marks outside parentheses.
     */
    public List<Span> splitKeepingEmpty(CharSequence text, Span within) {
        List<Span> out = new ArrayList<>();
        int start = within.start();
        int depth = 0;
        for (int k = within.start(); k < within.end(); k++) {
            char c = text.charAt(k);
            if (skipsParentheses && (c == '(' || c == '（')) {
                depth++;
            } else if (skipsParentheses && (c == ')' || c == '）') && depth > 0) {
                depth--;
            } else if (depth == 0 && isEnd(c)) {
                out.add(new Span(start, k));
                start = k + 1;
            }
        }
        out.add(new Span(start, within.end()));
        return out;
    }

    /** Where the part holding {@code at} starts: after the nearest end mark before it in {@code within}. */
    public int startBefore(CharSequence text, Span within, int at) {
        int s = at;
        while (s > within.start() && !isEnd(text.charAt(s - 1))) {
            s--;
        }
        return s;
    }

    /** Where the part holding {@code at} ends: at the first end mark from {@code at} in {@code within}. */
    public int endAfter(CharSequence text, Span within, int at) {
        int e = at;
        while (e < within.end() && !isEnd(text.charAt(e))) {
            e++;
        }
        return e;
    }
}
