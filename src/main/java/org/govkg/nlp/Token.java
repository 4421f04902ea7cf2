package org.govkg.nlp;

import static java.util.Objects.requireNonNull;

/**
 * One segmented word with its part of speech ({@link Pos}, HanLP's tag set: {@code ns} place,
 * {@code nt} organisation, {@code nr} person, …) and its offsets in the normalised text.
 */
public record Token(String word, Pos pos, int start, int end) {
    public Token {
        requireNonNull(word, "word");
        requireNonNull(pos, "pos");
        if (start < 0 || end - start != word.length()) {
            throw new IllegalArgumentException("token '" + word + "' at [" + start + ", " + end + ")");
        }
    }
}
