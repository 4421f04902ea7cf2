package org.govkg.extract;

/** Finds Figure mentions. Requires: an analysed document. Produces: Figure mentions. */
public final class FigureExtractor implements Extractor {

    @Override
    public Extraction extract(AnalyzedDocument doc) {
        return Extraction.empty();
    }
}
