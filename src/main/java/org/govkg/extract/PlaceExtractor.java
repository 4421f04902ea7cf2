package org.govkg.extract;

/** Finds Place mentions. Requires: an analysed document. Produces: Place mentions. */
public final class PlaceExtractor implements Extractor {

    @Override
    public Extraction extract(AnalyzedDocument doc) {
        return Extraction.empty();
    }
}
