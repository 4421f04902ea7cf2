package org.govkg.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.govkg.rdf.RdfFixtures;
import org.govkg.resolve.IriScheme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RdfDumpsTest {

    private static final DatasetGraph DATA = RdfFixtures.dataset(RdfFixtures.document(),
            RdfFixtures.document("other.txt", "另一份报告"));
    /** The RDF dumps (the property graphs have tests of their own). */
    private static final Set<DumpFormat> RDF_FORMATS = EnumSet.copyOf(Arrays.stream(DumpFormat.values())
            .filter(f -> !f.propertyGraph()).toList());

    @TempDir
    static Path first;
    @TempDir
    static Path second;
    private static long triples;

    @BeforeAll
    static void writeTwice() throws IOException {
        triples = write(first);
        write(second);
    }

    private static long write(Path dir) throws IOException {
        return new RdfDumps(IriScheme.DEFAULT_BASE).write(DATA, dir, RDF_FORMATS)
                .triples();
    }

    private static Graph union() {
        Graph g = GraphFactory.createDefaultGraph();
        DATA.executeRead(() -> DATA.getUnionGraph().find().forEachRemaining(g::add));
        return g;
    }

    @Test
    void twoWritesAreByteIdentical() throws IOException {
        Path a = first;
        Path b = second;
        for (DumpFormat f : RDF_FORMATS) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f.fileName())),
                    Files.readAllBytes(b.resolve(f.fileName())),
                    f.fileName());
        }
        try (Stream<Path> files = Files.list(a)) {
            assertEquals(List.of(), files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList());
        }
    }

    @Test
    void jenaAndRdf4jReadTheTurtleBackAsTheMergedGraph() throws IOException {
        Path dir = first;
        Graph expected = union();
        assertEquals(expected.size(), triples);
        Graph jena = RDFDataMgr.loadGraph(dir.resolve("govkg.ttl").toString());
        assertTrue(expected.isIsomorphicWith(jena), () -> "Jena read back a different graph; missing "
                + expected.find().filterDrop(jena::contains).toList() + ", extra "
                + jena.find().filterDrop(expected::contains).toList());
        try (InputStream in = Files.newInputStream(dir.resolve("govkg.ttl"))) {
            Model rdf4j = Rio.parse(in, "", RDFFormat.TURTLE);
            assertEquals(triples, rdf4j.size());
            Graph converted = GraphFactory.createDefaultGraph();
            rdf4j.forEach(st -> converted.add(toJena(st)));
            assertTrue(expected.isIsomorphicWith(converted), "RDF4J read back a different graph");
            for (DumpFormat f : List.of(DumpFormat.NT, DumpFormat.RDFXML)) {
                try (InputStream other = Files.newInputStream(dir.resolve(f.fileName()))) {
                    assertTrue(Models.isomorphic(rdf4j, Rio.parse(other, "", f == DumpFormat.NT
                            ? RDFFormat.NTRIPLES : RDFFormat.RDFXML)), f.fileName());
                }
            }
        }
    }

    @Test
    void quadDumpsKeepOneGraphPerDocument() {
        Path dir = first;
        for (DumpFormat f : List.of(DumpFormat.TRIG, DumpFormat.NQ, DumpFormat.JSONLD)) {
            DatasetGraph back = RDFDataMgr.loadDatasetGraph(dir.resolve(f.fileName()).toString());
            assertEquals(2, back.size(), f.fileName());
            long quads = back.stream().count();
            assertEquals(DATA.calculateRead(() -> DATA.stream().count()), quads, f.fileName());
        }
    }

    @Test
    void jsonLdIsCompactedWithThePrefixesAsItsContext() throws IOException {
        String json = Files.readString(first.resolve(DumpFormat.JSONLD.fileName()), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"@context\""), json.substring(0, Math.min(400, json.length())));
        assertTrue(json.contains("\"skos\": \"http://www.w3.org/2004/02/skos/core#\"")
                || json.contains("\"skos\":\"http://www.w3.org/2004/02/skos/core#\""),
                json.substring(0, 800));
        assertTrue(json.contains("skos:prefLabel"), "keys are compacted");
        assertFalse(json.contains("\"http://www.w3.org/2004/02/skos/core#prefLabel\""),
                "no full IRIs as keys");
    }

    @Test
    void turtleIsReadable() throws IOException {
        Path dir = first;
        String ttl = Files.readString(dir.resolve("govkg.ttl"), StandardCharsets.UTF_8);
        assertTrue(ttl.contains("@prefix govkg: <https://w3id.org/govkg/ontology#> ."), ttl);
        assertTrue(ttl.contains("program:百千万工程 a govkg:Program"), ttl);
    }

    @Test
    void fusekiConfigNamesTheDatabaseAndIndexRelativeToItself(@TempDir Path dir) throws IOException {
        Path config = FusekiConfigFile.write(dir, dir.resolve("tdb2"), Duration.ofSeconds(30));
        String text = Files.readString(config, StandardCharsets.UTF_8);
        assertTrue(text.contains("tdb2:location <tdb2>"), text);
        assertFalse(text.contains(dir.toAbsolutePath().toString()), text);
        Graph g = RDFDataMgr.loadGraph(config.toString());
        for (String[] p : new String[][] {{"http://jena.apache.org/2016/tdb#location", "tdb2"},
                {"http://jena.apache.org/text#directory", "text"}}) {
            List<Triple> found = g.find(Node.ANY, NodeFactory.createURI(p[0]), Node.ANY).toList();
            assertEquals(1, found.size(), p[0]);
            assertEquals(dir.resolve(p[1]).toAbsolutePath().toUri().toString().replaceAll("/$", ""),
                    found.get(0).getObject().getURI(), p[0]);
        }
    }

    private static Triple toJena(Statement st) {
        return Triple.create(node(st.getSubject()), NodeFactory.createURI(st.getPredicate().stringValue()),
                node(st.getObject()));
    }

    private static Node node(Value v) {
        if (v instanceof IRI iri) {
            return NodeFactory.createURI(iri.stringValue());
        }
        if (v instanceof BNode b) {
            return NodeFactory.createBlankNode(b.getID());
        }
        Literal l = (Literal) v;
        return l.getLanguage().map(lang -> NodeFactory.createLiteralLang(l.getLabel(), lang))
                .orElseGet(() -> NodeFactory.createLiteralDT(l.getLabel(),
                        TypeMapper.getInstance().getSafeTypeByName(l.getDatatype().stringValue())));
    }
}
