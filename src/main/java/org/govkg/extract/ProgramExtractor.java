package org.govkg.extract;

/** Finds Program mentions. Requires: an analysed document. Produces: Program mentions. */
public final class ProgramExtractor implements Extractor {

    @Override
    public Extraction extract(AnalyzedDocument doc) {
        return Extraction.empty();
    }
}
