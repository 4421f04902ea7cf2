package org.govkg.extract;

/** Finds DefinedTerm mentions. Requires: an analysed document. Produces: DefinedTerm mentions. */
public final class DefinedTermExtractor implements Extractor {

    @Override
    public Extraction extract(AnalyzedDocument doc) {
        return Extraction.empty();
    }
}
