package org.govkg.resolve;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.govkg.extract.Attr;
import org.govkg.extract.Mention;
import org.govkg.gazetteer.CuratedPlace;
import org.govkg.gazetteer.Gazetteer;
import org.govkg.gazetteer.PlaceLevel;
import org.govkg.text.Names;

/**
 * Decides which division one place mention names.
 * <p>Requires: the mention (its name, and the {@link Attr#PLACE_TYPE} or {@link Attr#LEVEL} of suffix rules)
 * and its {@link Scope}. Produces: a {@link PlaceDecision}. Disambiguation, in order: the enclosing chain
 * (西岸镇东村: 东村 must lie in 西岸镇), places already linked in the same sentence, the document's region,
 * then its city and province; a full name (太平镇) that stays ambiguous is kept without a code, a bare
 * short form (石角, 东村) or a village outside these scopes is dropped as too weak to stand alone.
 * Thread-safe.
 */
final class PlaceDisambiguator {

    /**
     * What is known around a mention when it is decided.
     *
     * @param parent  code of the place that encloses it in a chain, when that one is linked
     * @param nearby  codes of the county-, city- and town-level places linked before it in its sentence,
     *                nearest first
     * @param region  code of the document's region
     */
    record Scope(Optional<String> parent, List<String> nearby, Optional<String> region) {
        Scope {
            requireNonNull(parent, "parent");
            requireNonNull(region, "region");
            nearby = List.copyOf(nearby);
        }
    }

    private final Gazetteer gazetteer;

    PlaceDisambiguator(Gazetteer gazetteer) {
        this.gazetteer = requireNonNull(gazetteer, "gazetteer");
    }

    PlaceDecision decide(Mention m, Scope scope) {
        String name = Names.normalise(m.name());
        Optional<CuratedPlace> curated = gazetteer.curated(name);
        List<Gazetteer.Candidate> candidates = gazetteer.candidates(name);
        Optional<String> region = scope.region();
        boolean typed = curated.isPresent() || m.attributes().containsKey(Attr.PLACE_TYPE);
        if (typed && region.isPresent() && region.get().length() >= 6) {
            // 西江 in a report of 连州市 is its town 西江镇 before it is the river; in a province's report
            // (汉江 in 湖北) one of its many towns is no likelier than the river. So for a feature word.
            List<Gazetteer.Candidate> local = within(candidates, List.of(region.get()), true).stream()
                    .filter(c -> c.division().level() != PlaceLevel.VILLAGE).toList();
            if (local.size() == 1) {
                return PlaceDecision.linked(local.get(0).division());
            }
        }
        boolean onlyBare = candidates.stream().allMatch(Gazetteer.Candidate::bare);
        if (candidates.isEmpty() || onlyBare && typed) {
            if (curated.isPresent()) {
                return PlaceDecision.typed(curated.get().label(), curated.get().type());
            }
            if (m.attributes().containsKey(Attr.LEVEL)) {
                Optional<PlaceLevel> level = Optional.of(PlaceLevel.of(m.attributes().get(Attr.LEVEL)));
                return PlaceDecision.unresolved(name, level, "not in the division list");
            }
            String type = m.attributes().get(Attr.PLACE_TYPE);
            return type == null ? PlaceDecision.dropped() : PlaceDecision.typed(name, type);
        }
        if (scope.parent().isPresent()) {
            String parent = scope.parent().get();
            // A bare village form (白洋 of 白洋村) stands for its village only right under its town.
            List<Gazetteer.Candidate> inParent = preferTop(within(candidates, List.of(parent), false).stream()
                    .filter(c -> !c.bare() || c.division().level() != PlaceLevel.VILLAGE
                            || gazetteer.division(parent).map(d -> d.level() == PlaceLevel.TOWN)
                                    .orElse(false))
                    .toList());
            if (inParent.size() == 1) {
                return PlaceDecision.linked(inParent.get(0).division());
            }
            if (inParent.size() > 1) {
                return ambiguous(name, inParent, "ambiguous within " + parent);
            }
            List<Gazetteer.Candidate> inRegion = region.map(r -> within(candidates, List.of(r), false))
                    .orElse(List.of()).stream()
                    .filter(c -> !c.bare() && c.division().level() == PlaceLevel.VILLAGE).toList();
            if (inRegion.size() == 1 && region.get().length() == 6) {
                // 太和镇三坑滩村: listed in the county, under another town-level unit.
                return PlaceDecision.linked(inRegion.get(0).division());
            }
            if (candidates.stream().anyMatch(c -> !c.bare() && c.division().level() == PlaceLevel.VILLAGE)) {
                // 连州镇沙坊村: a village the list does not have under its written town.
                return PlaceDecision.unresolved(name, Optional.of(PlaceLevel.VILLAGE),
                        "no village of this name in " + parent);
            }
        }
        if (!scope.nearby().isEmpty()) {
            // A bare village form counts only under its town (above); 天门 after 仙桃 is no village of 仙桃.
            List<Gazetteer.Candidate> near = preferTop(within(candidates, scope.nearby(), false).stream()
                    .filter(c -> !c.bare() || c.division().level() != PlaceLevel.VILLAGE).toList());
            if (near.size() == 1) {
                return PlaceDecision.linked(near.get(0).division());
            }
        }
        List<String> scopes = new ArrayList<>();
        region.ifPresent(r -> {
            scopes.add(r);
            gazetteer.ancestors(r).forEach(a -> scopes.add(a.code()));
        });
        for (int s = 0; s < scopes.size(); s++) {
            boolean regionScope = s == 0;
            int scopeLength = scopes.get(s).length();
            List<Gazetteer.Candidate> in = preferTop(within(candidates, List.of(scopes.get(s)), true))
                    .stream().filter(c -> allowed(c, regionScope, scopeLength)).toList();
            if (in.size() == 1) {
                return PlaceDecision.linked(in.get(0).division());
            }
            if (in.size() > 1) {
                return allBare(in) ? PlaceDecision.dropped()
                        : ambiguous(name, in, "ambiguous within " + scopes.get(s));
            }
        }
        // Outside the document's region: only names that stand on their own; outside its province, a town
        // (科技城, 万城镇 of 每万城镇常住人口) is a coincidence of the string more often than a place named.
        String province = region.map(r -> r.substring(0, 2)).orElse(null);
        List<Gazetteer.Candidate> strong = preferTop(candidates).stream()
                .filter(c -> c.bare() ? c.division().level().compareTo(PlaceLevel.CITY) <= 0
                        : c.division().level() != PlaceLevel.VILLAGE)
                .filter(c -> province == null || c.division().level().compareTo(PlaceLevel.COUNTY) <= 0
                        || gazetteer.within(c.division().code(), province))
                .toList();
        if (strong.size() == 1) {
            return PlaceDecision.linked(strong.get(0).division());
        }
        if (strong.isEmpty() || allBare(strong)) {
            return PlaceDecision.dropped();
        }
        return ambiguous(name, strong, strong.size() + " places of this name");
    }

    /** Among candidates, keep full names over bare forms and the highest level. */
    static List<Gazetteer.Candidate> preferTop(List<Gazetteer.Candidate> in) {
        boolean anyFull = in.stream().anyMatch(c -> !c.bare());
        List<Gazetteer.Candidate> kept = in.stream().filter(c -> !anyFull || !c.bare()).toList();
        PlaceLevel top = kept.stream().map(c -> c.division().level()).min(Enum::compareTo).orElse(null);
        return kept.stream().filter(c -> c.division().level() == top).toList();
    }

    /** Which candidates count inside a scope: villages and bare town forms only in the region itself. */
    private static boolean allowed(Gazetteer.Candidate c, boolean regionScope, int scopeCodeLength) {
        PlaceLevel level = c.division().level();
        if (level == PlaceLevel.VILLAGE) {
            return !c.bare() && regionScope && scopeCodeLength >= 6;
        }
        if (c.bare() && level == PlaceLevel.TOWN) {
            // 龙头 is a town of a county's report, not any of a province's thousand towns.
            return regionScope && scopeCodeLength >= 4;
        }
        return true;
    }

    private static boolean allBare(List<Gazetteer.Candidate> in) {
        return in.stream().allMatch(Gazetteer.Candidate::bare);
    }

    /** The candidates inside any of {@code scopes}; a scope's own division only when {@code itself}. */
    private List<Gazetteer.Candidate> within(List<Gazetteer.Candidate> candidates, List<String> scopes,
                                             boolean itself) {
        return candidates.stream().filter(c -> scopes.stream().anyMatch(s ->
                (itself || !c.division().code().equals(s)) && gazetteer.within(c.division().code(), s)))
                .toList();
    }

    /** A place kept by name: the candidates' label if they share one, their level if they share one. */
    private static PlaceDecision ambiguous(String name, List<Gazetteer.Candidate> candidates, String why) {
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
        Optional<PlaceLevel> level = levels.size() == 1 ? Optional.of(levels.first()) : Optional.empty();
        return PlaceDecision.unresolved(label, level, why + ": " + codes);
    }
}
