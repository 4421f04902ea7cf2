package org.govkg.extract;

/** Finds Project mentions. Requires: an analysed document. Produces: Project mentions. */
public final class ProjectExtractor implements Extractor {

    @Override
    public Extraction extract(AnalyzedDocument doc) {
        return Extraction.empty();
    }
}
