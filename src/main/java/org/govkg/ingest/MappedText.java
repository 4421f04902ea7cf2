package org.govkg.ingest;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * A text together with the original offset of each of its characters; every cleaning step of
 * ingest turns one {@code MappedText} into the next through a {@link Builder}, so the map back to
 * the decoded original stays exact however many characters are dropped or replaced.
 */
final class MappedText {

    private final String text;
    private final int[] toOriginal;

    private MappedText(String text, int[] toOriginal) {
        this.text = text;
        this.toOriginal = toOriginal;
    }

    /** The decoded original itself: the identity map. */
    static MappedText of(String original) {
        requireNonNull(original, "original");
        int[] map = new int[original.length() + 1];
        Arrays.setAll(map, i -> i);
        return new MappedText(original, map);
    }

    String text() {
        return text;
    }

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    /** The original offset of character {@code i} ({@code i == length()} gives the end). */
    int original(int i) {
        return toOriginal[i];
    }

    OffsetMap offsetMap() {
        return new OffsetMap(toOriginal);
    }

    Builder builder() {
        return new Builder(this);
    }

    /** Builds the next text from this one; each appended character names where it came from. */
    static final class Builder {
        private final MappedText source;
        private final StringBuilder out;
        private int[] map;

        private Builder(MappedText source) {
            this.source = source;
            this.out = new StringBuilder(source.length());
            this.map = new int[source.length() + 16];
        }

        int length() {
            return out.length();
        }

        /** Appends {@code c}, standing for the source character at {@code at}. */
        Builder append(char c, int at) {
            if (out.length() == map.length) {
                map = Arrays.copyOf(map, map.length * 2 + 16);
            }
            map[out.length()] = source.toOriginal[at];
            out.append(c);
            return this;
        }

        /** Copies source characters {@code [from, to)} unchanged. */
        Builder copy(int from, int to) {
            for (int i = from; i < to; i++) {
                append(source.text.charAt(i), i);
            }
            return this;
        }

        /**
         * Appends {@code replacement} for source range {@code [from, to)}: character by character when
         * the lengths agree, otherwise spread evenly over the range.
         */
        Builder replace(int from, int to, CharSequence replacement) {
            int n = replacement.length();
            int width = to - from;
            for (int k = 0; k < n; k++) {
                int at = width == n ? from + k : from + (width == 0 ? 0 : (int) ((long) k * width / n));
                append(replacement.charAt(k), Math.min(at, Math.max(from, to - 1)));
            }
            return this;
        }

        /** Removes trailing spaces and tabs just appended (used when a line loses its tail). */
        void trimTrailingBlanks() {
            int n = out.length();
            while (n > 0 && (out.charAt(n - 1) == ' ' || out.charAt(n - 1) == '\t')) {
                n--;
            }
            out.setLength(n);
        }

        /** Removes all trailing white space just appended, line ends included. */
        void trimTrailingWhitespace() {
            int n = out.length();
            while (n > 0 && Character.isWhitespace(out.charAt(n - 1))) {
                n--;
            }
            out.setLength(n);
        }

        /** Drops everything appended after the first {@code length} characters. */
        void truncate(int length) {
            out.setLength(Math.min(length, out.length()));
        }

        char lastChar() {
            return out.length() == 0 ? '\0' : out.charAt(out.length() - 1);
        }

        MappedText build() {
            int[] result = Arrays.copyOf(map, out.length() + 1);
            result[out.length()] = source.toOriginal[source.length()];
            return new MappedText(out.toString(), result);
        }
    }
}
