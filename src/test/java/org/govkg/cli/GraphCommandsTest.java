package org.govkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.govkg.rdf.RdfFixtures;
import org.govkg.rdf.vocab.GOVKG;
import org.govkg.resolve.IriScheme;
import org.govkg.store.GraphStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** query, validate and export on a fixture build directory, through Main as a user runs them. */
class GraphCommandsTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void build() throws IOException {
        RdfFixtures.buildDirectory(dir);
    }

    @Test
    void queryPrintsCsv() {
        CliRun r = CliRun.govkg("query", "-d", dir.toString(), "--format", "csv", "--sparql",
                "SELECT ?l { ?p a <" + GOVKG.Place.getURI()
                        + "> ; <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }"
                        + " ORDER BY ?l");
        assertEquals(0, r.code(), r.err());
        assertEquals("l\r\n清城区\r\n清远市\r\n石角镇\r\n", r.out());
    }

    @Test
    void queryRunsAFileAndPrintsATable() {
        CliRun r = CliRun.govkg("query", "-d", dir.toString(), "sparql/defined-terms.rq");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("在百千万工程中评定的示范镇"), r.out());
    }

    @Test
    void queryRejectsBadInputWithUsageErrors() {
        assertEquals(2, CliRun.govkg("query", "-d", dir.toString(), "--sparql", "SELEC x").code());
        assertEquals(2, CliRun.govkg("query", "-d", dir.toString()).code());
        assertEquals(2, CliRun.govkg("query", "-d", dir.resolve("missing").toString(), "--sparql",
                "ASK {}").code());
        assertEquals(2, CliRun.govkg("query", "-d", dir.toString(), "--format", "yaml", "--sparql",
                "ASK {}").code());
    }

    @Test
    void validatePassesTheFixtureAndFailsOnAViolation(@TempDir Path broken) throws IOException {
        CliRun ok = CliRun.govkg("validate", "-d", dir.toString());
        assertEquals(0, ok.code(), ok.out() + ok.err());
        RdfFixtures.buildDirectory(broken);
        try (GraphStore store = GraphStore.openExisting(broken)) {
            Txn.executeWrite(store.dataset(), () -> store.dataset().add(Quad.create(
                    NodeFactory.createURI(IriScheme.DEFAULT_BASE + "graph/x"),
                    NodeFactory.createURI(IriScheme.DEFAULT_BASE + RdfFixtures.SHIJIAO), GOVKG.level.asNode(),
                    NodeFactory.createLiteralString("hamlet"))));
        }
        CliRun bad = CliRun.govkg("validate", "-d", broken.toString());
        assertEquals(1, bad.code());
        assertTrue(bad.out().contains("\"hamlet\""), bad.out());
        assertTrue(bad.err().contains("validate#NONCONFORMING"), bad.err());
    }

    @Test
    void exportWritesThePropertyGraphOfABuildDirectory(@TempDir Path to) throws IOException {
        CliRun r = CliRun.govkg("export", "-d", dir.toString(), "--to", "gexf", "-o",
                to.resolve("g.gexf").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().startsWith("exported 9 nodes and "), r.err());
        assertTrue(Files.readString(to.resolve("g.gexf")).contains("label=\"石角镇\""));
        assertEquals(2, CliRun.govkg("export", "-d", dir.resolve("missing").toString(), "--to", "gexf")
                .code());
        assertEquals(2, CliRun.govkg("export", "-d", to.toString(), "--to", "gexf").code());
        assertEquals(2, CliRun.govkg("export", "-d", dir.toString()).code());
    }

    @Test
    void everyGraphCommandHasHelp() {
        for (String c : new String[] {"serve", "query", "validate", "export"}) {
            CliRun r = CliRun.govkg(c, "--help");
            assertEquals(0, r.code());
            assertTrue(r.out().contains("usage: govkg " + c), r.out());
        }
    }
}
