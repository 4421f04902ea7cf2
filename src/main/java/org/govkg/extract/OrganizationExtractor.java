package org.govkg.extract;

/** Finds Organization mentions. Requires: an analysed document. Produces: Organization mentions. */
public final class OrganizationExtractor implements Extractor {

    @Override
    public Extraction extract(AnalyzedDocument doc) {
        return Extraction.empty();
    }
}
