package org.govkg.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.govkg.extract.AnalyzedDocument;
import org.govkg.extract.Extraction;
import org.govkg.extract.Figure;
import org.govkg.extract.Mention;
import org.govkg.extract.Relation;

/**
 * Resolution in one place: runs the type resolvers (places first, so the others can use the
 * document's linked places), then assembles the {@link ResolvedDocument}. Thread-safe.
 */
public final class EntityResolver {

    private final List<TypeResolver> resolvers;

    /** @param resolvers in the order they run; the Place resolver should come first */
    public EntityResolver(List<TypeResolver> resolvers) {
        this.resolvers = List.copyOf(resolvers);
    }

    public ResolvedDocument resolve(AnalyzedDocument doc, Extraction extraction) {
        ResolutionContext context = new ResolutionContext();
        for (TypeResolver resolver : resolvers) {
            resolver.resolve(doc, extraction, context);
        }
        List<Mention> mentions = extraction.mentions();
        // Keep linked mentions in text order; remember where each extraction index went.
        List<Integer> order = new ArrayList<>(context.links().keySet());
        order.sort((a, b) -> {
            int c = mentions.get(a).span().compareTo(mentions.get(b).span());
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] newIndex = new int[mentions.size()];
        java.util.Arrays.fill(newIndex, -1);
        List<ResolvedMention> resolved = new ArrayList<>();
        for (int i : order) {
            newIndex[i] = resolved.size();
            resolved.add(new ResolvedMention(mentions.get(i), context.links().get(i)));
        }
        List<ResolvedRelation> relations = new ArrayList<>();
        Map<Integer, String> links = context.links();
        for (Relation r : extraction.relations()) {
            String s = links.get(r.subject());
            String o = links.get(r.object());
            if (s != null && o != null) {
                relations.add(new ResolvedRelation(r.kind(), s, o, newIndex[r.subject()], r.attributes()));
            }
        }
        List<Figure> figures = new ArrayList<>();
        for (Figure f : extraction.figures()) {
            int region = f.region() < 0 ? -1 : newIndex[f.region()];
            if (f.region() >= 0 && region < 0) {
                continue;
            }
            figures.add(new Figure(f.indicator(), region, f.period(), f.value(), f.unit(), f.growth(),
                    f.basis(), f.measure(), f.text(), f.span(), f.sentence()));
        }
        return new ResolvedDocument(doc, context.region(), List.copyOf(context.entities().values()), resolved,
                relations, figures);
    }
}
