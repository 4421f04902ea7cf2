package org.govkg.extract.place;

/**
 * The place names a {@link org.govkg.extract.PlaceExtractor} looks for: every name form of the
 * division gazetteer and of the curated non-administrative places. Implemented in
 * {@code org.govkg.resolve.gazetteer}, which also links the names to codes; extraction only needs
 * to know which strings are names. Implementations are immutable and thread-safe.
 */
public interface PlaceLexicon {

    /** The length of the longest form, bounding the scan. */
    int maxLength();

    /** What {@code text[start, end)} names, or null when it is no known form. */
    PlaceName find(CharSequence text, int start, int end);
}
