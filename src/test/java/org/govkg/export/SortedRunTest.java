package org.govkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.junit.jupiter.api.Test;

class SortedRunTest {

    @Test
    void objectsAreWrittenAsJenaWritesThem() {
        List<Node> objects = List.of(NodeFactory.createURI("https://w3id.org/govkg/place/清远市"),
                NodeFactory.createURI("https://example.org/a b"),
                NodeFactory.createURI("https://example.org/a|b"),
                NodeFactory.createURI("https://example.org/a\u0013b"),
                NodeFactory.createURI("https://example.org/a\u0015b"),
                NodeFactory.createURI("https://example.org/a\u007Fb"),
                NodeFactory.createURI("https://example.org/<a>{b}^`\"\\"),
                NodeFactory.createLiteralLang("名称\n\"引号\"", "zh"), NodeFactory.createLiteralString("x"));
        for (Node o : objects) {
            assertEquals(NodeFmtLib.strNT(o), SortedRun.object(o), o::toString);
        }
    }
}
