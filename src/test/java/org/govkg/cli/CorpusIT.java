package org.govkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.govkg.serve.Http;
import org.govkg.serve.KnowledgeGraphServer;
import org.govkg.store.BuildDirectory;
import org.govkg.store.GraphStore;
import org.govkg.store.Manifest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled corpus end to end: build, read back, validate, serve over HTTP, query, rebuild. */
class CorpusIT {

    @TempDir
    static Path tmp;
    static Path out;
    static GraphStore store;
    static KnowledgeGraphServer server;
    static CliRun validation;

    @BeforeAll
    static void buildAndServe() {
        out = tmp.resolve("out");
        CliRun run = CliRun.govkg("build", "corpus", "-o", out.toString(), "--threads", "2");
        assertEquals(0, run.code(), run.err());
        // validate opens and releases the dataset itself: run it before the server holds it.
        validation = CliRun.govkg("validate", "-d", out.toString());
        store = GraphStore.openExisting(out);
        server = KnowledgeGraphServer.start(store.dataset(), tmp.resolve("run"), 0, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (store != null) {
            store.close();
        }
    }

    private static final String PREFIXES = "PREFIX govkg: <https://w3id.org/govkg/ontology#> "
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> ";

    static String select(String query) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.sparqlEndpoint()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        HttpResponse<String> resp = Http.client().send(req,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, resp.statusCode(), resp.body());
        return resp.body();
    }

    @Test
    void jenaAndRdf4jReadTheSameTurtle() throws Exception {
        Path ttl = out.resolve("govkg.ttl");
        Graph jena = RDFDataMgr.loadGraph(ttl.toString());
        Model model;
        try (InputStream in = Files.newInputStream(ttl)) {
            model = Rio.parse(in, "", RDFFormat.TURTLE);
        }
        Graph fromRdf4j = GraphFactory.createDefaultGraph();
        for (Statement s : model) {
            fromRdf4j.add(node(s.getSubject()), node(s.getPredicate()), node(s.getObject()));
        }
        assertTrue(jena.size() > 10_000, "merged graph has " + jena.size() + " triples");
        assertEquals(jena.size(), fromRdf4j.size());
        assertTrue(jena.isIsomorphicWith(fromRdf4j), "Jena and RDF4J read govkg.ttl differently");
    }

    private static Node node(Value v) {
        if (v.isIRI()) {
            return NodeFactory.createURI(v.stringValue());
        }
        if (v.isBNode()) {
            return NodeFactory.createBlankNode(v.stringValue());
        }
        Literal l = (Literal) v;
        if (l.getLanguage().isPresent()) {
            return NodeFactory.createLiteralLang(l.getLabel(), l.getLanguage().get());
        }
        return NodeFactory.createLiteralDT(l.getLabel(),
                org.apache.jena.datatypes.TypeMapper.getInstance()
                        .getSafeTypeByName(l.getDatatype().stringValue()));
    }

    @Test
    void theBuildConformsToTheShapes() {
        assertEquals(0, validation.code(), validation.out() + validation.err());
    }

    @Test
    void everyCannedQueryAnswersOverHttp() throws Exception {
        List<Path> queries;
        try (Stream<Path> s = Files.list(Path.of("sparql"))) {
            queries = s.filter(p -> p.toString().endsWith(".rq")).sorted().toList();
        }
        assertTrue(queries.size() >= 7, "canned queries: " + queries);
        for (Path q : queries) {
            String csv = select(Files.readString(q));
            assertTrue(csv.lines().count() > 1, q + " answered nothing on the corpus");
        }
        String programs = select(Files.readString(Path.of("sparql/programs.rq")));
        assertTrue(programs.lines()
                        .anyMatch(l -> l.contains("百千万工程") && l.contains("000_4857e87b87500622.txt")),
                "百千万工程 is not reported as mentioned by the 清城区 report:\n" + programs);
    }

    @Test
    void programsArePlacedAndLinked() throws Exception {
        String csv = select("PREFIX govkg: <https://w3id.org/govkg/ontology#> "
                + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
                + "SELECT ?code WHERE { ?r govkg:recognisedUnder ?p ; govkg:recognisedPlace ?pl . "
                + "?p skos:prefLabel \"百千万工程\"@zh . ?pl govkg:code ?code } ORDER BY ?code");
        // 石角、龙塘、飞来峡 entered the second batch of typical towns: three towns of 清城区.
        assertTrue(csv.contains("441802106"), csv);
        assertTrue(csv.lines().filter(l -> l.startsWith("441802")).count() >= 3, csv);
    }

    @Test
    void projectsCarryTheirProgramsAndTheirGoals() throws Exception {
        String under = select(PREFIXES + "SELECT ?project WHERE { ?p govkg:underProgram ?g . "
                + "?g skos:prefLabel \"三铁工程\"@zh . "
                + "?p skos:prefLabel ?project } ORDER BY ?project");
        assertTrue(under.contains("广清永高铁广东段") && under.contains("清远磁浮旅游专线一期"), under);
        String goal = select(PREFIXES + "SELECT ?status ?target WHERE { ?p skos:prefLabel \"银盏矿坑主题酒店\"@zh ; "
                + "govkg:status ?status ; govkg:targetStatus ?target }");
        assertTrue(goal.contains("planned,started"), "力促…开工 is a goal, not a start:\n" + goal);
        String group = select(PREFIXES + "SELECT ?count ?amount ?member WHERE { ?g a govkg:ProjectGroup ; "
                + "govkg:memberCount ?count ; "
                + "govkg:investment ?amount ; govkg:member/skos:prefLabel ?member } ORDER BY ?member");
        assertTrue(group.contains("18,1395000000") && group.contains("清新水泥二期"), group);
        String amounts = select(PREFIXES
                + "SELECT ?amount WHERE { ?p skos:prefLabel \"清新水泥二期\"@zh ; govkg:investment ?amount }");
        assertEquals(1, amounts.lines().count(), "a group's amount was given to a member:\n" + amounts);
        String projects = select(Files.readString(Path.of("sparql/projects.rq")));
        // The header's example: projects over 10 亿元 anywhere in 清远市 (4418), at any level below it.
        String query = Files.readString(Path.of("sparql/projects.rq"));
        int close = query.lastIndexOf("}");
        String big = select(query.substring(0, close) + "FILTER (?investment >= 1000000000) FILTER EXISTS { "
                + "{ ?place govkg:code \"4418\" } UNION { ?place govkg:within/govkg:code \"4418\" } }\n"
                + query.substring(close));
        assertEquals(List.of("万洋众创城", "顺盈现代商贸综合体"), big.lines().skip(1)
                .map(l -> l.split(",")[1]).toList(), big);
        assertTrue(projects.lines().anyMatch(l -> l.contains("顺盈现代商贸综合体") && l.contains("2500000000")
                && l.contains("一江两湖规划") && l.contains("441882")), projects);
    }

    @Test
    void updateIsRefused() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(server.url() + "govkg/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build();
        int status = Http.client().send(req, HttpResponse.BodyHandlers.ofString()).statusCode();
        assertTrue(status >= 400, "update answered " + status);
        assertTrue(select("ASK { <urn:a> ?p ?o }").contains("false") || !select("SELECT * { <urn:a> ?p ?o }")
                .contains("urn:c"));
    }

    @Test
    void twoBuildsAreByteIdenticalAndRebuildingOneDocumentReplacesItsGraph() throws Exception {
        Path again = tmp.resolve("again");
        assertEquals(0, CliRun.govkg("build", "corpus", "-o", again.toString(), "--threads", "1").code());
        for (String f : List.of("govkg.ttl", "govkg.trig", "entities.tsv")) {
            assertArrayEquals(Files.readAllBytes(out.resolve(f)), Files.readAllBytes(again.resolve(f)), f);
        }
        byte[] before = Files.readAllBytes(again.resolve("govkg.trig"));
        assertEquals(0, CliRun.govkg("build", "corpus/000_4857e87b87500622.txt", "-o", again.toString(),
                "--add")
                .code());
        assertArrayEquals(before, Files.readAllBytes(again.resolve("govkg.trig")),
                "rebuilding one document with --add changed the dataset");
        assertArrayEquals(Files.readAllBytes(out.resolve("entities.tsv")),
                Files.readAllBytes(again.resolve("entities.tsv")),
                "rebuilding one document with --add changed the table");
        // Without --add the output is exactly that one document.
        assertEquals(0, CliRun.govkg("build", "corpus/000_4857e87b87500622.txt", "-o", again.toString())
                .code());
        Manifest manifest = Manifest.read(BuildDirectory.at(again).requireCurrent()).orElseThrow();
        assertEquals(List.of("000_4857e87b87500622.txt"),
                manifest.documents().stream().map(Manifest.Document::id).toList());
        assertTrue(Files.readString(again.resolve("entities.tsv")).lines().skip(1)
                .allMatch(l -> l.startsWith("000_4857e87b87500622.txt\t")));
    }
}
