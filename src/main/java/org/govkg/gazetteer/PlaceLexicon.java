package org.govkg.gazetteer;

/**
 * The place names a {@link org.govkg.extract.PlaceExtractor} looks for: every name form of the
 * division gazetteer and of the curated non-administrative places. Implemented in
 * {@code org.govkg.gazetteer}, which also links the names to codes; extraction only needs
 * to know which strings are names. Implementations are immutable and thread-safe.
 */
public interface PlaceLexicon {

    /** The length of the longest form, bounding the scan. */
    int maxLength();

    /** What {@code text[start, end)} names, or null when it is no known form. */
    PlaceName find(CharSequence text, int start, int end);

    /** A name found by {@link #findAll}: where it ends and what it is. */
    record Found(int end, PlaceName name) {
    }

    /**
     * Every known form starting at {@code start} and ending at or before {@code limit}, shortest first:
     * {@link #find} for each end. Implementations may share work between the ends.
     */
    default java.util.List<Found> findAll(CharSequence text, int start, int limit) {
        java.util.List<Found> out = new java.util.ArrayList<>(2);
        for (int end = start + 2; end <= Math.min(limit, start + maxLength()); end++) {
            PlaceName n = find(text, start, end);
            if (n != null) {
                out.add(new Found(end, n));
            }
        }
        return out;
    }
}
