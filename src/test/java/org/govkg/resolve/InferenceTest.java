package org.govkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.govkg.extract.Attr;
import org.govkg.extract.EntityType;
import org.govkg.extract.Mention;
import org.govkg.extract.Relation;
import org.govkg.extract.RelationKind;
import org.govkg.text.Span;
import org.junit.jupiter.api.Test;

class InferenceTest {

    private static final Entity CITY = entity("place/441800", EntityType.Place, "清远市", Map.of());
    private static final Entity COUNTY = entity("place/441802", EntityType.Place, "清城区",
            Map.of(Attr.PARENT, "place/441800"));
    private static final Entity TOWN = entity("place/441802106", EntityType.Place, "石角镇",
            Map.of(Attr.PARENT, "place/441802"));
    private static final Entity PROGRAM = entity("program/百千万工程", EntityType.Program, "百千万工程", Map.of());
    private static final Entity TERM = entity("term/百千万工程", EntityType.DefinedTerm, "百千万工程", Map.of());
    private static final Entity OTHER_TERM = entity("term/典型镇", EntityType.DefinedTerm, "典型镇", Map.of());

    private static Entity entity(String key, EntityType type, String label, Map<Attr, String> props) {
        return new Entity(key, type, label, new TreeSet<>(), new TreeMap<>(props));
    }

    private static ResolvedMention mention(Entity e, int at) {
        return new ResolvedMention(new Mention(e.type(), e.label(), e.label(),
                new Span(at, at + e.label().length()), 0), e.key());
    }

    private static List<String> lines(List<ResolvedRelation> relations) {
        return relations.stream().map(r -> r.kind() + " " + r.subject() + " " + r.object()).toList();
    }

    @Test
    void placesLieWithinTheirAncestorsTheRegionImplementsItsProgramsAndTermsDefinePrograms() {
        List<Entity> entities = List.of(CITY, COUNTY, TOWN, PROGRAM, TERM, OTHER_TERM);
        List<ResolvedMention> mentions = List.of(mention(TOWN, 0), mention(PROGRAM, 5), mention(TERM, 20));
        ResolvedRelation stated = new ResolvedRelation(RelationKind.PART_OF, TOWN.key(), COUNTY.key(), 0,
                new TreeMap<>());
        assertEquals(List.of(
                "partOf place/441802106 place/441802",
                "within place/441802 place/441800",
                "within place/441802106 place/441802",
                "within place/441802106 place/441800",
                "implements place/441802 program/百千万工程",
                "definesProgram term/百千万工程 program/百千万工程"),
                lines(Inference.infer(Optional.of(COUNTY.key()), entities, mentions, List.of(stated))));
    }

    private static final Entity XINGZI = entity("place/441882101", EntityType.Place, "星子镇",
            Map.of(Attr.PARENT, "place/441882"));
    private static final Entity LONGPING = entity("place/441882103", EntityType.Place, "龙坪镇",
            Map.of(Attr.PARENT, "place/441882"));

    private static Mention at(EntityType type, String text, int start) {
        return new Mention(type, text, text, new Span(start, start + text.length()), 0);
    }

    @Test
    void aProjectIsLocatedInTheMostSpecificPlaceOfEachChainItsNameOpensWith() {
        // 清城区石角镇石岩庙电灌站: 石角镇 lies within 清城区, so it replaces it; 星子龙坪风电场: two towns side
        // by side, both; a place after the name's start (…至石角镇) and a name that is only a place do not.
        List<Mention> mentions = List.of(
                at(EntityType.Project, "清城区石角镇石岩庙电灌站", 0), at(EntityType.Place, "清城区", 0),
                at(EntityType.Place, "石角镇", 3),
                at(EntityType.Project, "星子龙坪风电场", 20), at(EntityType.Place, "星子", 20),
                at(EntityType.Place, "龙坪", 22),
                at(EntityType.Project, "桐油坪至石角镇公路", 40), at(EntityType.Place, "石角镇", 44),
                at(EntityType.Project, "石角镇", 60), at(EntityType.Place, "石角镇", 60));
        Map<Integer, String> links = Map.of(1, COUNTY.key(), 2, TOWN.key(), 4, XINGZI.key(),
                5, LONGPING.key(),
                7, TOWN.key(), 9, TOWN.key());
        Map<String, Entity> entities = new TreeMap<>();
        List.of(CITY, COUNTY, TOWN, XINGZI, LONGPING).forEach(e -> entities.put(e.key(), e));
        List<String> located = Inference.locatedIn(mentions, links, entities, List.of()).stream()
                .map(r -> r.subject() + "->" + r.object()).toList();
        assertEquals(List.of("0->2", "3->4", "3->5"), located);
        Relation stated = new Relation(RelationKind.LOCATED_IN, 0, 1, 0, new TreeMap<>());
        assertEquals(List.of("3->4", "3->5"), Inference.locatedIn(mentions, links, entities, List.of(stated))
                .stream().map(r -> r.subject() + "->" + r.object()).toList());
    }

    @Test
    void aStatedRelationIsNotInferredAgainAndAnAncestorOutsideTheDocumentEndsTheChain() {
        ResolvedRelation stated = new ResolvedRelation(RelationKind.DEFINES_PROGRAM, TERM.key(),
                PROGRAM.key(),
                2, new TreeMap<>());
        assertEquals(List.of("definesProgram term/百千万工程 program/百千万工程",
                "within place/441802106 place/441802"),
                lines(Inference.infer(Optional.empty(), List.of(COUNTY, TOWN, PROGRAM, TERM), List.of(),
                        List.of(stated))));
    }
}
