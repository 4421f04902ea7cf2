package org.govkg.resolve;

import org.govkg.extract.AnalyzedDocument;
import org.govkg.extract.EntityType;
import org.govkg.extract.Extraction;

/**
 * Links the mentions of one entity type to entities.
 * <p>Requires: the document, all its mentions (other types too, for context), and a context in
 * which places of the document are already linked when {@link #type()} is not Place.
 * Produces: calls to {@link ResolutionContext#link} for each mention of its type it accepts;
 * mentions left unlinked are dropped. Thread-safe, pure per call.
 */
public interface TypeResolver {
    EntityType type();

    void resolve(AnalyzedDocument doc, Extraction extraction, ResolutionContext context);
}
