package org.govkg.extract;

/**
 * Finds the mentions of one kind of thing in one document.
 * <p>Requires: an {@link AnalyzedDocument}. Produces: an {@link Extraction} whose mentions have
 * spans into {@code doc.text()}. Implementations are pure and thread-safe: one instance serves
 * all worker threads, so per-call state stays on the stack.
 */
public interface Extractor {
    Extraction extract(AnalyzedDocument doc);
}
