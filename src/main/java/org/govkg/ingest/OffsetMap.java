package org.govkg.ingest;

import java.util.Arrays;

/**
 * Maps character offsets in a document's normalised text back to offsets in its original
 * (decoded, unconverted) text. Offset {@code text.length()} maps to the original's length.
 */
public final class OffsetMap {

    private final int[] toOriginal;

    /** @param toOriginal entry {@code i} is the original offset of normalised character {@code i};
     *                   one extra trailing entry for the end. */
    public OffsetMap(int[] toOriginal) {
        if (toOriginal.length == 0) {
            throw new IllegalArgumentException("offset map needs at least the end entry");
        }
        this.toOriginal = toOriginal.clone();
    }

    /** The identity map for a text of {@code length} characters. */
    public static OffsetMap identity(int length) {
        int[] map = new int[length + 1];
        Arrays.setAll(map, i -> i);
        return new OffsetMap(map);
    }

    public int toOriginal(int normalisedOffset) {
        if (normalisedOffset < 0 || normalisedOffset >= toOriginal.length) {
            throw new IndexOutOfBoundsException("offset " + normalisedOffset + " outside [0, "
                    + (toOriginal.length - 1) + "]");
        }
        return toOriginal[normalisedOffset];
    }
}
