package org.govkg.resolve;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.govkg.extract.AnalyzedDocument;
import org.govkg.extract.Attr;
import org.govkg.extract.EntityType;
import org.govkg.extract.Extraction;
import org.govkg.extract.Mention;
import org.govkg.extract.Relation;
import org.govkg.extract.RelationKind;
import org.govkg.gazetteer.Division;
import org.govkg.gazetteer.Gazetteer;
import org.govkg.gazetteer.PlaceLevel;
import org.govkg.text.Cancellation;
import org.govkg.text.Names;

/**
 * Links Place mentions to the division gazetteer: codes, levels, the parent chain.
 * <p>Requires: Place mentions from {@link org.govkg.extract.PlaceExtractor} with their
 * {@link Relation#PART_OF} chains. Produces: the document's subject region
 * ({@link ResolutionContext#region(String)}, found by {@link RegionFinder}); one entity per place,
 * keyed {@code place/<code>} when linked (label = official name, aliases = the forms written, properties
 * CODE, LEVEL, PARENT) plus every ancestor up to the country ({@code place/CN}, 中国); non-administrative
 * places and places that cannot be linked are keyed by name, the latter with {@link Attr#UNRESOLVED}
 * saying why. Which place a mention names is decided by {@link PlaceDisambiguator}.
 */
public final class PlaceLinker implements TypeResolver {

    /** Key of the country, the root of every chain. */
    public static final String COUNTRY_KEY = IriScheme.placeKey("CN");
    private static final String COUNTRY_LABEL = "中国";

    private final Gazetteer gazetteer;
    private final RegionFinder regions;
    private final PlaceDisambiguator disambiguator;

    /** @param gazetteer the division list, e.g. {@link Gazetteer#shared()} */
    public PlaceLinker(Gazetteer gazetteer) {
        this.gazetteer = requireNonNull(gazetteer, "gazetteer");
        this.regions = new RegionFinder(gazetteer);
        this.disambiguator = new PlaceDisambiguator(gazetteer);
    }

    @Override
    public EntityType type() {
        return EntityType.Place;
    }

    @Override
    public void resolve(AnalyzedDocument doc, Extraction extraction, ResolutionContext context) {
        List<Mention> mentions = extraction.mentions();
        Map<Integer, Integer> parentOf = parentOf(extraction.relations());
        Optional<String> region = regions.find(doc.metadata().region(), mentions, parentOf);
        region.ifPresent(code -> {
            context.region(IriScheme.placeKey(code));
            addWithAncestors(gazetteer.division(code).orElseThrow(), context);
        });
        Map<Integer, String> codeOf = new HashMap<>();
        // Codes of the county- to town-level places linked so far in the run of mentions of one sentence
        // (the disambiguator asks only whether a candidate lies in one of them: a set, kept as it grows).
        Set<String> nearbyCodes = new LinkedHashSet<>();
        for (int i = 0; i < mentions.size(); i++) {
            Cancellation.check();
            Mention m = mentions.get(i);
            if (i > 0 && mentions.get(i - 1).sentence() != m.sentence()) {
                nearbyCodes.clear();
            }
            if (m.type() != EntityType.Place) {
                continue;
            }
            Integer parent = parentOf.get(i);
            Optional<String> parentCode = parent == null ? Optional.empty()
                    : Optional.ofNullable(codeOf.get(parent));
            List<String> nearby = new ArrayList<>(nearbyCodes);
            PlaceDecision d = disambiguator.decide(m,
                    new PlaceDisambiguator.Scope(parentCode, nearby, region));
            if (d instanceof PlaceDecision.Linked linked) {
                Division division = linked.division();
                codeOf.put(i, division.code());
                if (division.code().length() >= 6 && division.code().length() <= 9) {
                    nearbyCodes.add(division.code());
                }
                context.link(i, entityOf(division, surfaceAlias(m, division.label())));
                addAncestors(division, context);
            } else if (d instanceof PlaceDecision.NameKeyed named) {
                TreeMap<Attr, String> props = new TreeMap<>(named.properties());
                if (parent != null) {
                    context.linkOf(parent).ifPresent(k -> props.put(Attr.PARENT, k));
                }
                String key = IriScheme.nameKey(EntityType.Place, named.label());
                context.link(i, new Entity(key, EntityType.Place, named.label(),
                        surfaceAlias(m, named.label()), props));
            }
        }
    }

    /** Mention index → index of the place mention enclosing it, from the PART_OF relations; unmodifiable. */
    private static Map<Integer, Integer> parentOf(List<Relation> relations) {
        Map<Integer, Integer> parentOf = new HashMap<>();
        for (Relation r : relations) {
            if (r.kind().equals(RelationKind.PART_OF)) {
                parentOf.put(r.subject(), r.object());
            }
        }
        // A view, not Map.copyOf: RegionFinder walks it, and HashMap's order is the same in every run.
        return Collections.unmodifiableMap(parentOf);
    }

    private static TreeSet<String> surfaceAlias(Mention m, String label) {
        TreeSet<String> aliases = new TreeSet<>();
        String s = Names.normalise(m.surface());
        if (!s.isEmpty() && !s.equals(label)) {
            aliases.add(s);
        }
        return aliases;
    }

    private Entity entityOf(Division d, TreeSet<String> aliases) {
        TreeMap<Attr, String> props = new TreeMap<>();
        props.put(Attr.CODE, d.code());
        props.put(Attr.LEVEL, d.level().id());
        props.put(Attr.PARENT, d.parent().map(IriScheme::placeKey).orElse(COUNTRY_KEY));
        return new Entity(IriScheme.placeKey(d.code()), EntityType.Place, d.label(), aliases, props);
    }

    private void addWithAncestors(Division d, ResolutionContext context) {
        context.add(entityOf(d, new TreeSet<>()));
        addAncestors(d, context);
    }

    private void addAncestors(Division d, ResolutionContext context) {
        for (Division a : gazetteer.ancestors(d.code())) {
            context.add(entityOf(a, new TreeSet<>()));
        }
        TreeMap<Attr, String> props = new TreeMap<>();
        props.put(Attr.LEVEL, PlaceLevel.COUNTRY.id());
        context.add(new Entity(COUNTRY_KEY, EntityType.Place, COUNTRY_LABEL, new TreeSet<>(), props));
    }
}
