package org.govkg.resolve;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govkg.extract.EntityType;
import org.govkg.extract.Mention;
import org.govkg.gazetteer.Division;
import org.govkg.gazetteer.Gazetteer;
import org.govkg.gazetteer.PlaceLevel;
import org.govkg.text.Names;

/**
 * Finds the region a document is about, as a division code.
 * <p>Requires: the region written in the metadata, if any, else the document's mentions with the
 * {@link org.govkg.extract.Relation#PART_OF} chains of its places. Produces: the written region
 * (清远市清城区 → 441802), else the first county or city named by its full name in the first
 * {@value #REGION_SENTENCES} sentences, followed down its chain (广东省清远市连州市 → 441882); else the first
 * province so named (a province's own report), else the first province named by its short form there;
 * empty when none is. Thread-safe.
 */
final class RegionFinder {

    private static final int REGION_SENTENCES = 12;

    private final Gazetteer gazetteer;

    RegionFinder(Gazetteer gazetteer) {
        this.gazetteer = requireNonNull(gazetteer, "gazetteer");
    }

    /**
     * @param written  the region of the document's metadata
     * @param mentions the document's mentions, all types
     * @param parentOf mention index → index of the place mention that encloses it
     */
    Optional<String> find(Optional<String> written, List<Mention> mentions, Map<Integer, Integer> parentOf) {
        return written.flatMap(this::parse).or(() -> infer(mentions, parentOf));
    }

    /** The region written in the metadata (清远市清城区, 连州市) as a division code. */
    Optional<String> parse(String written) {
        String rest = Names.normalise(written);
        String code = null;
        int at = 0;
        while (at < rest.length()) {
            boolean found = false;
            for (int end = rest.length(); end >= at + 2; end--) {
                final String scope = code;
                List<Gazetteer.Candidate> cs = PlaceDisambiguator.preferTop(
                        gazetteer.candidates(rest.substring(at, end)).stream()
                                .filter(c -> scope == null || gazetteer.within(c.division().code(), scope))
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
    private Optional<String> infer(List<Mention> mentions, Map<Integer, Integer> parentOf) {
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
        return firstProvince(mentions);
    }

    /**
     * A report naming no county or city near its top is its province's (四川省2026年政府工作报告 → 51): the
     * first province named in full, else the first named by its short form (与湖北经济增长潜力 → 42), as an
     * excerpt that has lost its title still speaks of its province.
     */
    private Optional<String> firstProvince(List<Mention> mentions) {
        for (boolean bare : new boolean[] {false, true}) {
            for (Mention m : mentions) {
                if (m.type() != EntityType.Place || m.sentence() >= REGION_SENTENCES) {
                    continue;
                }
                List<Gazetteer.Candidate> cs = gazetteer.candidates(Names.normalise(m.name())).stream()
                        .filter(c -> c.bare() == bare && c.division().level() == PlaceLevel.PROVINCE)
                        .toList();
                if (cs.size() == 1) {
                    return Optional.of(cs.get(0).division().code());
                }
            }
        }
        return Optional.empty();
    }

    /** The one county or city (within {@code scope} unless null) whose full name is {@code name}. */
    private Optional<Division> uniqueFull(String name, String scope) {
        List<Gazetteer.Candidate> cs = gazetteer.candidates(Names.normalise(name)).stream()
                .filter(c -> !c.bare() && (c.division().level() == PlaceLevel.COUNTY
                        || c.division().level() == PlaceLevel.CITY)
                        && (scope == null || gazetteer.within(c.division().code(), scope))).toList();
        return cs.size() == 1 ? Optional.of(cs.get(0).division()) : Optional.empty();
    }
}
