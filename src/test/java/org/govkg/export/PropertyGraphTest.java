package org.govkg.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.govkg.export.PropertyGraph.Edge;
import org.govkg.export.PropertyGraph.Kind;
import org.govkg.export.PropertyGraph.Node;
import org.govkg.extract.RelationKind;
import org.govkg.rdf.RdfFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class PropertyGraphTest {

    private static final String BASE = "https://w3id.org/govkg/";
    private static final DatasetGraph DATA = RdfFixtures.dataset(RdfFixtures.document(),
            RdfFixtures.document("other.txt", "另一份报告"));
    private static final PropertyGraph GRAPH = PropertyGraph.read(DATA);

    private static Node node(String key) {
        return GRAPH.nodes().stream().filter(n -> n.id().equals(BASE + key)).findFirst().orElseThrow();
    }

    private static List<Edge> edges(String type) {
        return GRAPH.edges().stream().filter(e -> e.type().equals(type)).toList();
    }

    @Test
    void nodesAreTheEntitiesAndReportsWithTheirLiterals() {
        Map<String, Long> types = GRAPH.nodes().stream()
                .collect(Collectors.groupingBy(Node::type, TreeMap::new, Collectors.counting()));
        assertEquals(Map.of("Report", 2L, "Place", 3L, "Program", 1L, "Project", 1L, "DefinedTerm", 1L,
                "Organization", 1L), types);
        Node project = node(RdfFixtures.PROJECT);
        assertEquals("规划馆项目", project.label());
        assertEquals(List.of("规划馆"), project.properties().get("aliases"));
        assertEquals(List.of("1050000000.0"), project.properties().get("investment"));
        assertEquals(List.of("completed"), project.properties().get("status"));
        assertEquals(Kind.DOUBLE, GRAPH.nodeProperty("investment").kind());
        Node report = GRAPH.nodes().get(0);
        assertEquals("Report", report.type());
        assertEquals("清城区政府工作报告", report.label());
        assertEquals(List.of("2025"), report.properties().get("year"));
        assertEquals(Kind.INT, GRAPH.nodeProperty("year").kind());
        assertEquals(Kind.DATE, GRAPH.nodeProperty("date").kind());
        assertEquals(new PropertyGraph.Property("aliases", Kind.STRING, true), GRAPH.nodeProperty("aliases"));
        assertEquals(new PropertyGraph.Property("code", Kind.STRING, false), GRAPH.nodeProperty("code"));
    }

    @Test
    void edgesFoldRecognitionsMentionsAndReportsIntoProperties() {
        List<Edge> recognitions = edges("recognisedUnder");
        assertEquals(2, recognitions.size(), recognitions.toString());
        Edge first = recognitions.get(0);
        assertEquals(BASE + RdfFixtures.SHIJIAO, first.source());
        assertEquals(BASE + RdfFixtures.PROGRAM, first.target());
        assertEquals(Map.of("designation", List.of("典型镇"), "batch", List.of("第二批"), "start", List.of("20"),
                "end", List.of("23"), "reports", List.of("fixture_清城区.txt")), first.properties());
        List<Edge> partOf = edges("partOf");
        assertEquals(List.of(BASE + RdfFixtures.QINGCHENG, BASE + RdfFixtures.SHIJIAO),
                partOf.stream().map(Edge::source).toList());
        assertEquals(List.of("fixture_清城区.txt", "other.txt"), partOf.get(0).properties().get("reports"));
        List<Edge> mentions = edges("mentions");
        assertEquals(12, mentions.size());
        Edge program = mentions.stream().filter(e -> e.target().equals(BASE + RdfFixtures.PROGRAM))
                .findFirst().orElseThrow();
        assertEquals(Map.of("count", List.of("1"), "start", List.of("13"), "end", List.of("18")),
                program.properties());
        assertTrue(GRAPH.edges().stream().noneMatch(e -> e.target().contains("/mention/")
                || e.source().contains("/recognition/")), "provenance became nodes");
    }

    @Test
    void edgeTypesAreTheRelationKindsNames() {
        // The relations are read from the graph by property; their edge type is the property's local name.
        for (RelationKind k : RelationKind.values()) {
            assertEquals("govkg:" + k, k.property(), k.name());
        }
        assertTrue(GRAPH.edges().stream().map(Edge::type).toList().containsAll(List.of("partOf", "within",
                "locatedIn", "byOrganization", "implements", "recognisedUnder", "mentions", "region")),
                GRAPH.edges().stream().map(Edge::type).distinct().toList().toString());
    }

    @Test
    void everyFormatIsByteIdenticalTwiceAndTheXmlParses(@TempDir Path dir) throws Exception {
        for (DumpFormat f : List.of(DumpFormat.GRAPHML, DumpFormat.GEXF, DumpFormat.NEO4J)) {
            PropertyGraphExport.write(DATA, f, dir.resolve("a").resolve(f.fileName()));
            PropertyGraphExport.write(DATA, f, dir.resolve("b").resolve(f.fileName()));
            // Over an existing one, too.
            PropertyGraphExport.write(DATA, f, dir.resolve("b").resolve(f.fileName()));
        }
        for (String name : List.of("govkg.graphml", "govkg.gexf", "neo4j/load.cypher",
                "neo4j/nodes-Place.csv",
                "neo4j/relationships-recognisedUnder.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(name)),
                    Files.readAllBytes(dir.resolve("b").resolve(name)), name);
        }
        try (Stream<Path> left = Files.list(dir.resolve("b"))) {
            assertEquals(List.of("govkg.gexf", "govkg.graphml", "neo4j"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
        for (String xml : List.of("govkg.graphml", "govkg.gexf")) {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(dir.resolve("a").resolve(xml).toFile());
            assertTrue(doc.getDocumentElement().getTextContent().contains("石角镇")
                    || Files.readString(dir.resolve("a").resolve(xml)).contains("label=\"石角镇\""), xml);
        }
    }

    @Test
    void neo4jFilesHaveTypedHeadersAndArrays(@TempDir Path dir) throws IOException {
        PropertyGraphExport.write(DATA, DumpFormat.NEO4J, dir.resolve("neo4j"));
        List<String> places = Files.readAllLines(dir.resolve("neo4j/nodes-Place.csv"));
        assertEquals("iri:ID,:LABEL,label:string,aliases:string[],code:string,level:string", places.get(0));
        assertTrue(places.contains("\"" + BASE + RdfFixtures.QINGCHENG
                + "\",\"Place|Resource\",\"清城区\",\"清远市清城区\",\"441802\",\"county\""), places.toString());
        List<String> reports = Files.readAllLines(dir.resolve("neo4j/nodes-Report.csv"));
        String header = reports.get(0);
        assertTrue(header.contains("date:date") && header.contains("year:int"), header);
        List<String> rec = Files.readAllLines(dir.resolve("neo4j/relationships-recognisedUnder.csv"));
        assertEquals(":START_ID,:END_ID,:TYPE,batch:string,designation:string,end:int,reports:string[],"
                + "start:int", rec.get(0));
        String cypher = Files.readString(dir.resolve("neo4j/load.cypher"));
        assertTrue(cypher.contains("CREATE CONSTRAINT govkg_resource_iri IF NOT EXISTS"), cypher);
        assertTrue(cypher.contains("`end`: toInteger(row.`end:int`)"), cypher);
    }

    @Test
    void xmlTextEscapesMarkupAndReplacesWhatXmlCannotHold() throws Exception {
        assertEquals("a\uFFFDb&lt;&amp;&gt;&quot;&#9;&#10;&#13;\uFFFDx\uD83D\uDE00\uFFFD",
                XmlText.escape("a\u0001b<&>\"\t\n\r\uD800x\uD83D\uDE00\uFFFF"));
        assertEquals("清城区", XmlText.escape("清城区"));
        String xml = "<a v=\"" + XmlText.escape("x\u0000\n<y>") + "\">" + XmlText.escape("\u001f&") + "</a>";
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("x\uFFFD\n<y>", doc.getDocumentElement().getAttribute("v"));
    }
}
