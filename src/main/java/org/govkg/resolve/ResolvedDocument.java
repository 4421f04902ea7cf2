package org.govkg.resolve;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.govkg.extract.AnalyzedDocument;
import org.govkg.extract.Figure;

/**
 * A document after resolution: everything the RDF stage writes for it.
 *
 * @param doc       the analysed document
 * @param region    key of its subject region, when linked
 * @param entities  every entity the document names plus the ancestors of its places, sorted by key
 * @param mentions  its mentions, in text order, each with its entity
 * @param relations stated relations between entities
 * @param figures   reported figures; {@link Figure#region()} indexes {@link #mentions()}
 */
public record ResolvedDocument(AnalyzedDocument doc, Optional<String> region, List<Entity> entities,
                               List<ResolvedMention> mentions, List<ResolvedRelation> relations,
                               List<Figure> figures) {
    public ResolvedDocument {
        requireNonNull(doc, "doc");
        requireNonNull(region, "region");
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
        figures = List.copyOf(figures);
    }

    public String id() {
        return doc.source().id();
    }
}
