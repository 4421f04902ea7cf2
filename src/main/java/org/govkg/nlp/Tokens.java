package org.govkg.nlp;

import java.util.List;

/**
 * Look-ups in a sentence's token list by offset, in logarithmic time: the tokens of
 * {@link HanlpAnalyzer#segment} are in text order and never overlap, so a binary search finds them.
 * Every extractor asks "which token starts here" or "which tokens cover this range" many times per
 * sentence; a linear scan each time made long sentences quadratic.
 */
public final class Tokens {

    private Tokens() {
    }

    /** Index of the first token ending after {@code offset} (tokens.size() when there is none). */
    public static int indexAfter(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The token starting at {@code start}, or null. */
    public static Token startingAt(List<Token> tokens, int start) {
        int i = indexStartingAt(tokens, start);
        return i < 0 ? null : tokens.get(i);
    }

    /** Index of the token starting at {@code start}, or -1. */
    public static int indexStartingAt(List<Token> tokens, int start) {
        int i = indexAfter(tokens, start);
        return i < tokens.size() && tokens.get(i).start() == start ? i : -1;
    }

    /** The tokens overlapping {@code [from, to)}, in order: a view of {@code tokens}. */
    public static List<Token> overlapping(List<Token> tokens, int from, int to) {
        int i = indexAfter(tokens, from);
        int j = i;
        while (j < tokens.size() && tokens.get(j).start() < to) {
            j++;
        }
        return tokens.subList(i, j);
    }
}
