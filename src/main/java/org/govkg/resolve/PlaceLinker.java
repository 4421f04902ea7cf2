package org.govkg.resolve;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.govkg.extract.AnalyzedDocument;
import org.govkg.extract.Attr;
import org.govkg.extract.EntityType;
import org.govkg.extract.Extraction;
import org.govkg.extract.Mention;
import org.govkg.extract.Relation;
import org.govkg.extract.place.PlaceLevel;
import org.govkg.resolve.gazetteer.CuratedPlace;
import org.govkg.resolve.gazetteer.Division;
import org.govkg.resolve.gazetteer.Gazetteer;

/**
 * Links Place mentions to the division gazetteer: codes, levels, the parent chain.
 * <p>Requires: Place mentions from {@link org.govkg.extract.PlaceExtractor} with their
 * {@link Relation#PART_OF} chains. Produces: the document's subject region
 * ({@link ResolutionContext#region(String)}); one entity per place, keyed {@code place/<code>} when
 * linked (label = official name, aliases = the forms written, properties CODE, LEVEL, PARENT) plus
 * every ancestor up to the country ({@code place/CN}, 中国); non-administrative places and places
 * that cannot be linked are keyed by name, the latter with {@link Attr#UNRESOLVED} saying why.
 * <p>Disambiguation, in order: the enclosing chain (西岸镇东村: 东村 must lie in 西岸镇), places already
 * linked in the same sentence, the document's region, then its city and province; a full name
 * (太平镇) that stays ambiguous is kept without a code, a bare short form (石角, 东村) or a village
 * outside these scopes is dropped as too weak to stand alone.
 */
public final class PlaceLinker implements TypeResolver {

    /** Key of the country, the root of every chain. */
    public static final String COUNTRY_KEY = EntityKeys.place("CN");
    private static final String COUNTRY_LABEL = "中国";
    private static final int REGION_SENTENCES = 12;

    private final Gazetteer gazetteer;

    /** @param gazetteer the division list, e.g. {@link Gazetteer#shared()} */
    public PlaceLinker(Gazetteer gazetteer) {
        this.gazetteer = requireNonNull(gazetteer, "gazetteer");
    }

    @Override
    public EntityType type() {
        return EntityType.Place;
    }

    @Override
    public void resolve(AnalyzedDocument doc, Extraction extraction, ResolutionContext context) {
        List<Mention> mentions = extraction.mentions();
        Map<Integer, Integer> parentOf = new HashMap<>();
        for (Relation r : extraction.relations()) {
            if (r.kind().equals(Relation.PART_OF)) {
                parentOf.put(r.subject(), r.object());
            }
        }
        Optional<String> region = doc.metadata().region().flatMap(this::parseRegion)
                .or(() -> inferRegion(mentions, parentOf));
        region.ifPresent(code -> {
            context.region(EntityKeys.place(code));
            addWithAncestors(gazetteer.division(code).orElseThrow(), context);
        });
        Map<Integer, String> codeOf = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() != EntityType.Place) {
                continue;
            }
            Integer parent = parentOf.get(i);
            Optional<String> parentCode = parent == null ? Optional.empty()
                    : Optional.ofNullable(codeOf.get(parent));
            List<String> anchors = new ArrayList<>();
            for (int j = i - 1; j >= 0 && mentions.get(j).sentence() == m.sentence(); j--) {
                String c = codeOf.get(j);
                if (c != null && c.length() >= 6 && c.length() <= 9) {
                    anchors.add(c);
                }
            }
            Decision d = decide(m, parentCode, anchors, region);
            if (d == null) {
                continue;
            }
            if (d.division() != null) {
                codeOf.put(i, d.division().code());
                Entity e = entityOf(d.division(), surfaceAlias(m, d.division().label()));
                context.link(i, e);
                addAncestors(d.division(), context);
            } else {
                TreeMap<String, String> props = new TreeMap<>(d.properties());
                if (parent != null) {
                    context.linkOf(parent).ifPresent(k -> props.put(Attr.PARENT, k));
                }
                context.link(i, new Entity(EntityKeys.byName(EntityType.Place, d.label()), EntityType.Place,
                        d.label(), surfaceAlias(m, d.label()), props));
            }
        }
    }

    /** Either a linked division or a name-keyed place with its properties. */
    private record Decision(Division division, String label, Map<String, String> properties) {
    }

    private Decision decide(Mention m, Optional<String> parentCode, List<String> anchors,
                            Optional<String> region) {
        String name = EntityKeys.normalise(m.name());
        Optional<CuratedPlace> curated = gazetteer.curated(name);
        List<Gazetteer.Candidate> candidates = gazetteer.candidates(name);
        if (curated.isPresent() && region.isPresent()) {
            // 西江 in a report of 连州市 is its town 西江镇 before it is the river.
            List<Gazetteer.Candidate> local = within(candidates, List.of(region.get()), true);
            local.removeIf(c -> c.division().level() == PlaceLevel.VILLAGE);
            if (local.size() == 1) {
                return new Decision(local.get(0).division(), null, Map.of());
            }
        }
        boolean onlyBare = candidates.stream().allMatch(Gazetteer.Candidate::bare);
        boolean typed = curated.isPresent() || m.attributes().containsKey(Attr.PLACE_TYPE);
        if (candidates.isEmpty() || onlyBare && typed) {
            if (curated.isPresent()) {
                return new Decision(null, curated.get().label(),
                        Map.of(Attr.PLACE_TYPE, curated.get().type()));
            }
            if (m.attributes().containsKey(Attr.LEVEL)) {
                return new Decision(null, name, Map.of(Attr.LEVEL, m.attributes().get(Attr.LEVEL),
                        Attr.UNRESOLVED, "not in the division list"));
            }
            String type = m.attributes().get(Attr.PLACE_TYPE);
            return type == null ? null : new Decision(null, name, Map.of(Attr.PLACE_TYPE, type));
        }
        if (parentCode.isPresent()) {
            List<Gazetteer.Candidate> inParent =
                    preferTop(within(candidates, List.of(parentCode.get()), false));
            if (inParent.size() == 1) {
                return new Decision(inParent.get(0).division(), null, Map.of());
            }
            if (inParent.size() > 1) {
                return unresolved(name, inParent, "ambiguous within " + parentCode.get());
            }
            List<Gazetteer.Candidate> inRegion = region.map(r -> within(candidates, List.of(r), false))
                    .orElse(List.of()).stream()
                    .filter(c -> !c.bare() && c.division().level() == PlaceLevel.VILLAGE).toList();
            if (inRegion.size() == 1 && region.get().length() == 6) {
                // 太和镇三坑滩村: listed in the county, under another town-level unit.
                return new Decision(inRegion.get(0).division(), null, Map.of());
            }
            if (candidates.stream().anyMatch(c -> !c.bare() && c.division().level() == PlaceLevel.VILLAGE)) {
                // 连州镇沙坊村: a village the list does not have under its written town.
                return new Decision(null, name, Map.of(Attr.LEVEL, PlaceLevel.VILLAGE.id(),
                        Attr.UNRESOLVED, "no village of this name in " + parentCode.get()));
            }
        }
        if (!anchors.isEmpty()) {
            List<Gazetteer.Candidate> near = preferTop(within(candidates, anchors, false));
            if (near.size() == 1) {
                return new Decision(near.get(0).division(), null, Map.of());
            }
        }
        List<String> scopes = new ArrayList<>();
        region.ifPresent(r -> {
            scopes.add(r);
            gazetteer.ancestors(r).forEach(a -> scopes.add(a.code()));
        });
        for (int s = 0; s < scopes.size(); s++) {
            List<Gazetteer.Candidate> in = within(candidates, List.of(scopes.get(s)), true);
            in = preferTop(in);
            boolean regionScope = s == 0;
            int scopeLength = scopes.get(s).length();
            in.removeIf(c -> !allowed(c, regionScope, scopeLength));
            if (in.size() == 1) {
                return new Decision(in.get(0).division(), null, Map.of());
            }
            if (in.size() > 1) {
                return isWeak(in) ? null : unresolved(name, in, "ambiguous within " + scopes.get(s));
            }
        }
        // Outside the document's region: only names that stand on their own.
        List<Gazetteer.Candidate> strong = preferTop(candidates);
        strong.removeIf(c -> c.bare() ? c.division().level().compareTo(PlaceLevel.CITY) > 0
                : c.division().level() == PlaceLevel.VILLAGE);
        if (strong.size() == 1) {
            return new Decision(strong.get(0).division(), null, Map.of());
        }
        if (strong.isEmpty() || strong.stream().allMatch(Gazetteer.Candidate::bare)) {
            return null;
        }
        return unresolved(name, strong, strong.size() + " places of this name");
    }

    /** Which candidates count inside a scope: villages and bare town forms only in the region itself. */
    private static boolean allowed(Gazetteer.Candidate c, boolean regionScope, int scopeCodeLength) {
        PlaceLevel level = c.division().level();
        if (level == PlaceLevel.VILLAGE) {
            return !c.bare() && regionScope && scopeCodeLength >= 6;
        }
        if (c.bare() && level == PlaceLevel.TOWN) {
            return regionScope;
        }
        return true;
    }

    private static boolean isWeak(List<Gazetteer.Candidate> in) {
        return in.stream().allMatch(Gazetteer.Candidate::bare);
    }

    /** Among candidates, keep full names over bare forms and the highest level. */
    private static List<Gazetteer.Candidate> preferTop(List<Gazetteer.Candidate> in) {
        List<Gazetteer.Candidate> out = new ArrayList<>(in);
        if (out.stream().anyMatch(c -> !c.bare())) {
            out.removeIf(Gazetteer.Candidate::bare);
        }
        PlaceLevel top = out.stream().map(c -> c.division().level()).min(Enum::compareTo).orElse(null);
        out.removeIf(c -> c.division().level() != top);
        return out;
    }

    private List<Gazetteer.Candidate> within(List<Gazetteer.Candidate> candidates, List<String> scopes,
                                             boolean itself) {
        List<Gazetteer.Candidate> out = new ArrayList<>();
        for (Gazetteer.Candidate c : candidates) {
            for (String s : scopes) {
                if ((itself || !c.division().code().equals(s)) && gazetteer.within(c.division().code(), s)) {
                    out.add(c);
                    break;
                }
            }
        }
        return out;
    }

    private static Decision unresolved(String name, List<Gazetteer.Candidate> candidates, String why) {
        TreeSet<String> labels = new TreeSet<>();
        TreeSet<PlaceLevel> levels = new TreeSet<>();
        StringBuilder codes = new StringBuilder();
        for (Gazetteer.Candidate c : candidates) {
            labels.add(c.division().label());
            levels.add(c.division().level());
            if (codes.length() < 200) {
                codes.append(codes.length() == 0 ? "" : " ").append(c.division().code());
            }
        }
        String label = labels.size() == 1 ? labels.first() : name;
        TreeMap<String, String> props = new TreeMap<>();
        props.put(Attr.UNRESOLVED, why + ": " + codes);
        if (levels.size() == 1) {
            props.put(Attr.LEVEL, levels.first().id());
        }
        return new Decision(null, label, props);
    }

    /** The region written in the metadata (清远市清城区, 连州市) as a division code. */
    Optional<String> parseRegion(String written) {
        String rest = EntityKeys.normalise(written);
        String code = null;
        int at = 0;
        while (at < rest.length()) {
            boolean found = false;
            for (int end = rest.length(); end >= at + 2; end--) {
                final String scope = code;
                List<Gazetteer.Candidate> cs = preferTop(gazetteer.candidates(rest.substring(at, end))
                        .stream().filter(c -> scope == null || gazetteer.within(c.division().code(), scope))
                        .toList());
                if (cs.size() == 1) {
                    code = cs.get(0).division().code();
                    at = end;
                    found = true;
                    break;
                }
            }
            if (!found) {
                break;
            }
        }
        return Optional.ofNullable(code);
    }

    /** The first county or city named by its full name near the top, followed down its chain. */
    private Optional<String> inferRegion(List<Mention> mentions, Map<Integer, Integer> parentOf) {
        Map<Integer, Integer> childOf = new HashMap<>();
        parentOf.forEach((child, parent) -> childOf.put(parent, child));
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() != EntityType.Place || m.sentence() >= REGION_SENTENCES) {
                continue;
            }
            Optional<Division> d = uniqueFull(m.name(), null);
            if (d.isEmpty()) {
                continue;
            }
            Division region = d.get();
            for (Integer c = childOf.get(i); c != null; c = childOf.get(c)) {
                Optional<Division> child = uniqueFull(mentions.get(c).name(), region.code());
                if (child.isEmpty()) {
                    break;
                }
                region = child.get();
            }
            return Optional.of(region.code());
        }
        return Optional.empty();
    }

    private Optional<Division> uniqueFull(String name, String scope) {
        List<Gazetteer.Candidate> cs = gazetteer.candidates(EntityKeys.normalise(name)).stream()
                .filter(c -> !c.bare() && (c.division().level() == PlaceLevel.COUNTY
                        || c.division().level() == PlaceLevel.CITY)
                        && (scope == null || gazetteer.within(c.division().code(), scope))).toList();
        return cs.size() == 1 ? Optional.of(cs.get(0).division()) : Optional.empty();
    }

    private static TreeSet<String> surfaceAlias(Mention m, String label) {
        TreeSet<String> aliases = new TreeSet<>();
        String s = EntityKeys.normalise(m.surface());
        if (!s.isEmpty() && !s.equals(label)) {
            aliases.add(s);
        }
        return aliases;
    }

    private Entity entityOf(Division d, TreeSet<String> aliases) {
        TreeMap<String, String> props = new TreeMap<>();
        props.put(Attr.CODE, d.code());
        props.put(Attr.LEVEL, d.level().id());
        props.put(Attr.PARENT, d.parent().map(EntityKeys::place).orElse(COUNTRY_KEY));
        return new Entity(EntityKeys.place(d.code()), EntityType.Place, d.label(), aliases, props);
    }

    private void addWithAncestors(Division d, ResolutionContext context) {
        context.add(entityOf(d, new TreeSet<>()));
        addAncestors(d, context);
    }

    private void addAncestors(Division d, ResolutionContext context) {
        for (Division a : gazetteer.ancestors(d.code())) {
            context.add(entityOf(a, new TreeSet<>()));
        }
        TreeMap<String, String> props = new TreeMap<>();
        props.put(Attr.LEVEL, PlaceLevel.COUNTRY.id());
        context.add(new Entity(COUNTRY_KEY, EntityType.Place, COUNTRY_LABEL, new TreeSet<>(), props));
    }
}
