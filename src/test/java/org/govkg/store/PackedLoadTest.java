package org.govkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackedLoadTest {

    /**
     * Statements in an order unrelated to any index, a repeated one, default-graph triples and literals
     * TDB2 keeps inline in the node id (numbers, dates) next to ones it stores.
     */
    private static String nquads() {
        StringBuilder nq = new StringBuilder();
        for (int i = 29; i >= 0; i--) {
            String g = "<http://example.org/g" + (i % 4) + ">";
            String s = "<http://example.org/s" + (i * 7 % 11) + ">";
            nq.append(s).append(" <http://example.org/p").append(i % 3).append("> \"名称").append(i)
                    .append("\"@zh ").append(g).append(" .\n");
            nq.append(s).append(" <http://example.org/n> \"").append(i * 13 % 17)
                    .append("\"^^<http://www.w3.org/2001/XMLSchema#integer> ").append(g).append(" .\n");
            nq.append("<http://example.org/s").append(i % 5).append("> <http://example.org/link> ").append(s)
                    .append(' ').append(g).append(" .\n");
        }
        nq.append("<http://example.org/s1> <http://example.org/n> \"2024-01-02\"^^"
                + "<http://www.w3.org/2001/XMLSchema#date> <http://example.org/g1> .\n");
        nq.append("<http://example.org/s1> <http://example.org/n> \"2024-01-02\"^^"
                + "<http://www.w3.org/2001/XMLSchema#date> <http://example.org/g1> .\n");
        nq.append("<http://example.org/d> <http://example.org/p0> \"默认图\" .\n");
        nq.append("<http://example.org/d> <http://example.org/link> <http://example.org/s2> .\n");
        return nq.toString();
    }

    /** What {@code pattern} finds, as sorted N-Quads-like strings (the result of one index each). */
    private static Set<String> find(DatasetGraph dsg, Node g, Node s, Node p, Node o) {
        return Txn.calculateRead(dsg, () -> {
            Set<String> found = new TreeSet<>();
            dsg.find(g, s, p, o).forEachRemaining(q -> found.add(q.toString()));
            return found;
        });
    }

    @Test
    void everyIndexHoldsExactlyTheStatementsWhenSortedInManyRuns(@TempDir Path dir) throws IOException {
        Path nq = Files.writeString(dir.resolve("data.nq"), nquads(), StandardCharsets.UTF_8);
        DatasetGraph expected = DatasetGraphFactory.create();
        RDFParser.source(nq).lang(Lang.NQUADS).parse(expected);
        Path location = dir.resolve("tdb2");
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(location.toString());
        Path scratch = dir.resolve("rows");
        try {
            // Three rows a chunk: every index is merged from dozens of runs, the repeated quad across two.
            long read = new PackedLoad(tdb, scratch, 3).load(nq);
            assertEquals(nquads().lines().count(), read);
        } finally {
            TDBInternal.expel(tdb);
        }
        assertFalse(Files.exists(scratch), "the scratch rows are removed");
        DatasetGraph loaded = DatabaseMgr.connectDatasetGraph(location.toString());
        try {
            Node any = Node.ANY;
            List<Node[]> patterns = new ArrayList<>();
            patterns.add(new Node[] {any, any, any, any});
            Node g1 = Txn.calculateRead(loaded, () -> loaded.listGraphNodes().next());
            Node s1 = NodeFactory.createURI("http://example.org/s1");
            Node n = NodeFactory.createURI("http://example.org/n");
            Node s2 = NodeFactory.createURI("http://example.org/s2");
            Node p0 = NodeFactory.createURI("http://example.org/p0");
            Node zh = NodeFactory.createLiteralLang("名称3", "zh");
            // A pattern per index: GSPO, GPOS, GOSP, SPOG, POSG, OSPG, and the default graph's SPO, POS, OSP.
            patterns.add(new Node[] {g1, s1, any, any});
            patterns.add(new Node[] {g1, any, n, any});
            patterns.add(new Node[] {g1, any, any, s2});
            patterns.add(new Node[] {any, s1, n, any});
            patterns.add(new Node[] {any, any, n, any});
            patterns.add(new Node[] {any, any, any, zh});
            patterns.add(new Node[] {Quad.defaultGraphIRI, any, any, any});
            patterns.add(new Node[] {Quad.defaultGraphIRI, any, p0, any});
            patterns.add(new Node[] {Quad.defaultGraphIRI, any, any, s2});
            for (Node[] p : patterns) {
                Set<String> want = find(expected, p[0], p[1], p[2], p[3]);
                assertEquals(want, find(loaded, p[0], p[1], p[2], p[3]), () -> Arrays.toString(p));
            }
            assertTrue(find(loaded, any, any, any, any).size() > 90, "the fixture is not trivially small");
            assertEquals(4, Txn.calculateRead(loaded, () -> {
                List<Node> graphs = new ArrayList<>();
                loaded.listGraphNodes().forEachRemaining(graphs::add);
                return graphs.size();
            }));
        } finally {
            TDBInternal.expel(loaded);
        }
    }

    @Test
    void quadsAddedAfterTheLoadJoinEveryIndex(@TempDir Path gen) throws IOException {
        Path bulk = Files.writeString(gen.resolve("bulk.nq"), nquads(), StandardCharsets.UTF_8);
        String late = "<http://example.org/s1> <http://example.org/late> \"后来\"@zh "
                + "<http://example.org/g9> .\n"
                + "<http://example.org/late> <http://example.org/p0> <http://example.org/s1> "
                + "<http://example.org/g0> .\n";
        Path more = Files.writeString(gen.resolve("more.nq"), late, StandardCharsets.UTF_8);
        DatasetGraph expected = DatasetGraphFactory.create();
        RDFParser.source(bulk).lang(Lang.NQUADS).parse(expected);
        RDFParser.source(more).lang(Lang.NQUADS).parse(expected);
        try (GraphStore.NewDataset dataset = GraphStore.create(gen, Files.size(bulk))) {
            dataset.load(bulk);
            dataset.add(more);
        }
        DatasetGraph loaded = DatabaseMgr.connectDatasetGraph(gen.resolve(GraphStore.TDB2_DIR).toString());
        try {
            Node any = Node.ANY;
            Node late0 = NodeFactory.createURI("http://example.org/late");
            Node s1 = NodeFactory.createURI("http://example.org/s1");
            Node g0 = NodeFactory.createURI("http://example.org/g0");
            for (Node[] p : List.of(new Node[] {any, any, any, any}, new Node[] {any, s1, any, any},
                    new Node[] {any, any, late0, any}, new Node[] {any, any, any, s1},
                    new Node[] {g0, late0, any, any}, new Node[] {g0, any, any, s1})) {
                assertEquals(find(expected, p[0], p[1], p[2], p[3]), find(loaded, p[0], p[1], p[2], p[3]),
                        () -> Arrays.toString(p));
            }
            assertEquals(5, Txn.calculateRead(loaded, () -> {
                List<Node> graphs = new ArrayList<>();
                loaded.listGraphNodes().forEachRemaining(graphs::add);
                return graphs.size();
            }));
        } finally {
            TDBInternal.expel(loaded);
        }
    }
}
