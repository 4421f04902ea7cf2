package org.govkg.extract;

import java.util.List;

/**
 * Finds relations the text states between mentions that different extractors found (a project
 * carried out under a program). Runs after every {@link Extractor}, on their concatenated mentions.
 * <p>Requires: the document and all its mentions. Produces: relations whose indices refer to
 * {@code mentions}. Implementations are pure and thread-safe.
 */
public interface Linker {
    List<Relation> link(AnalyzedDocument doc, List<Mention> mentions);
}
