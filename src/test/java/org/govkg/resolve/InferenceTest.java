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

    private static Entity entity(String key, EntityType type, String label, Map<String, String> props) {
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
        ResolvedRelation stated = new ResolvedRelation(Relation.PART_OF, TOWN.key(), COUNTY.key(), 0,
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

    @Test
    void aStatedRelationIsNotInferredAgainAndAnAncestorOutsideTheDocumentEndsTheChain() {
        ResolvedRelation stated = new ResolvedRelation(Relation.DEFINES_PROGRAM, TERM.key(), PROGRAM.key(), 2,
                new TreeMap<>());
        assertEquals(List.of("definesProgram term/百千万工程 program/百千万工程",
                "within place/441802106 place/441802"),
                lines(Inference.infer(Optional.empty(), List.of(COUNTY, TOWN, PROGRAM, TERM), List.of(),
                        List.of(stated))));
    }
}
