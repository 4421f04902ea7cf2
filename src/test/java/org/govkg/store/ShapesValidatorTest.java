package org.govkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.SKOS;
import org.govkg.rdf.RdfFixtures;
import org.govkg.rdf.vocab.GOVKG;
import org.govkg.resolve.IriScheme;
import org.junit.jupiter.api.Test;

class ShapesValidatorTest {

    private static Graph fixtureUnion() {
        DatasetGraph dsg = RdfFixtures.dataset();
        Graph g = GraphFactory.createDefaultGraph();
        dsg.executeRead(() -> dsg.getUnionGraph().find().forEachRemaining(g::add));
        return g;
    }

    @Test
    void whatTheEmitterWritesConforms() {
        List<ShapesValidator.Violation> violations = ShapesValidator.standard().validate(fixtureUnion());
        assertEquals(List.of(), violations);
    }

    @Test
    void badValuesAreReportedWithTheirFocusNode() {
        Graph g = fixtureUnion();
        Node place = NodeFactory.createURI(IriScheme.DEFAULT_BASE + RdfFixtures.SHIJIAO);
        g.add(place, GOVKG.level.asNode(), NodeFactory.createLiteralString("hamlet"));
        g.add(place, SKOS.prefLabel.asNode(), NodeFactory.createLiteralLang("石角", "zh"));
        List<ShapesValidator.Violation> violations = ShapesValidator.standard().validate(g);
        assertEquals(3, violations.size(), violations.toString());
        assertTrue(violations.stream().allMatch(v -> v.focusNode().equals("<" + place.getURI() + ">")));
        assertTrue(violations.stream().anyMatch(v -> v.line().contains("\"hamlet\"")), violations.toString());
    }
}
