package org.govkg.ingest;

import java.util.Arrays;
import java.util.OptionalInt;

/**
 * Where each page of a paged source (PDF, Word) begins in the text extracted from it; a span's page is
 * the page its start falls on. Plain text and HTML pages have no pages.
 */
public final class Pages {

    /** A source without pages. */
    public static final Pages NONE = new Pages(new int[0]);

    private final int[] starts;

    /** @param starts offset in the extracted text where page 1, 2, … begins; non-decreasing */
    Pages(int[] starts) {
        for (int i = 1; i < starts.length; i++) {
            if (starts[i] < starts[i - 1]) {
                throw new IllegalArgumentException("page " + (i + 1) + " starts at " + starts[i]
                        + ", before page " + i + " at " + starts[i - 1]);
            }
        }
        this.starts = starts.clone();
    }

    /** How many pages; 0 for a source without pages. */
    public int count() {
        return starts.length;
    }

    /** The page (from 1) that offset {@code extractedOffset} of the extracted text falls on. */
    public OptionalInt pageOf(int extractedOffset) {
        if (starts.length == 0) {
            return OptionalInt.empty();
        }
        int i = Arrays.binarySearch(starts, extractedOffset);
        if (i < 0) {
            i = -i - 2;
        } else {
            // pages that begin at the same offset (an empty page) give the span to the last of them
            while (i + 1 < starts.length && starts[i + 1] == extractedOffset) {
                i++;
            }
        }
        return OptionalInt.of(Math.max(0, i) + 1);
    }
}
