package org.govkg.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.govkg.extract.AnalyzedDocument;
import org.govkg.extract.EntityType;
import org.govkg.extract.Extraction;
import org.govkg.extract.Figure;
import org.govkg.extract.Mention;
import org.govkg.extract.Relation;
import org.govkg.gazetteer.AdminSuffixes;
import org.govkg.text.Cancellation;

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
            Cancellation.check();
            resolver.resolve(doc, extraction, context);
        }
        List<Mention> mentions = extraction.mentions();
        Map<Integer, Integer> nested = nestedPlaces(mentions);
        // Keep linked mentions in text order; remember where each extraction index went.
        List<Integer> order = new ArrayList<>(context.links().keySet());
        order.removeIf(nested::containsKey);
        order.sort((a, b) -> {
            int c = mentions.get(a).span().compareTo(mentions.get(b).span());
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] newIndex = new int[mentions.size()];
        Arrays.fill(newIndex, -1);
        List<ResolvedMention> resolved = new ArrayList<>();
        for (int i : order) {
            newIndex[i] = resolved.size();
            resolved.add(new ResolvedMention(mentions.get(i), context.links().get(i)));
        }
        List<ResolvedRelation> relations = new ArrayList<>();
        Map<Integer, String> links = context.links();
        List<Relation> all = new ArrayList<>(extraction.relations());
        all.addAll(Inference.locatedIn(mentions, links, context.entities(), extraction.relations()));
        for (Relation r : all) {
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
        List<Entity> entities = List.copyOf(context.entities().values());
        return new ResolvedDocument(doc, context.region(), entities, resolved,
                Inference.infer(context.region(), entities, resolved, relations), figures);
    }

    /**
     * Place mentions in a short form that are only part of another name (星子 in 星子石材循环经济产业园,
     * 清远 in 清远长隆), mapped to the index of the innermost project, organisation or program mention
     * holding them. GUIDELINES: such a place is not a mention by itself; the place entity stays in the
     * graph for the relations that use it.
     */
    static Map<Integer, Integer> nestedPlaces(List<Mention> mentions) {
        Map<Integer, Integer> out = new java.util.HashMap<>();
        // Holders by start: only those starting within the longest holder's length before a place can
        // hold it, so each place looks at a few holders, not at every mention of the document.
        List<Integer> byStart = new ArrayList<>();
        int longest = 0;
        for (int j = 0; j < mentions.size(); j++) {
            if (HOLDERS.contains(mentions.get(j).type())) {
                byStart.add(j);
                longest = Math.max(longest, mentions.get(j).span().length());
            }
        }
        byStart.sort(java.util.Comparator.comparingInt((Integer j) -> mentions.get(j).span().start())
                .thenComparingInt(j -> j));
        int[] holders = byStart.stream().mapToInt(Integer::intValue).toArray();
        int[] starts = Arrays.stream(holders).map(j -> mentions.get(j).span().start()).toArray();
        int[] around = new int[8];
        for (int i = 0; i < mentions.size(); i++) {
            Mention place = mentions.get(i);
            // A full administrative name inside a longer one (石潭镇乡村振兴示范带, 湖南省码市镇小边河…公路)
            // still refers to the place; a short form (星子 of 星子石材…产业园, 清远 of 清远长隆) is part of the name.
            if (place.type() != EntityType.Place || FULL_ADMIN.matcher(place.surface()).matches()) {
                continue;
            }
            // The holders that may contain it, in mention order (the innermost is chosen in that order).
            int n = 0;
            for (int k = firstAtOrAfter(starts, place.span().end() - longest);
                 k < starts.length && starts[k] <= place.span().start(); k++) {
                if (n == around.length) {
                    around = Arrays.copyOf(around, 2 * n);
                }
                around[n++] = holders[k];
            }
            Arrays.sort(around, 0, n);
            int holder = -1;
            for (int a = 0; a < n; a++) {
                int j = around[a];
                Mention m = mentions.get(j);
                if (m.span().contains(place.span())
                        && !m.span().equals(place.span())
                        && (holder < 0 || mentions.get(holder).span().contains(m.span()))) {
                    holder = j;
                }
            }
            if (holder >= 0) {
                out.put(i, holder);
            }
        }
        return out;
    }

    /** The first index of the sorted {@code starts} holding a value of at least {@code value}. */
    private static int firstAtOrAfter(int[] starts, int value) {
        int lo = 0;
        int hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static final java.util.regex.Pattern FULL_ADMIN = java.util.regex.Pattern.compile(
            ".+(" + AdminSuffixes.alternation(AdminSuffixes.get().all()) + ")");

    private static final java.util.Set<EntityType> HOLDERS = java.util.EnumSet.of(EntityType.Project,
            EntityType.Organization, EntityType.Program);
}
