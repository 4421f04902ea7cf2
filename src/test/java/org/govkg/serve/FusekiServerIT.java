package org.govkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.govkg.rdf.RdfFixtures;
import org.govkg.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real Fuseki on a free port over real HTTP, serving the fixture build. */
class FusekiServerIT {

    @TempDir
    static Path dir;

    private static GraphStore store;
    private static KnowledgeGraphServer server;

    private static final String COUNT_REPORTS =
            "SELECT (COUNT(?r) AS ?n) { ?r a <https://w3id.org/govkg/ontology#Report> }";

    @BeforeAll
    static void start() throws IOException {
        RdfFixtures.buildDirectory(dir);
        store = GraphStore.openExisting(dir);
        server = KnowledgeGraphServer.start(store.dataset(), dir, 0, Duration.ofSeconds(30));
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

    private static HttpResponse<String> get(String path, String accept) throws IOException,
            InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.url() + path)).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return Http.client().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> post(String path, String contentType, String body)
            throws IOException, InterruptedException {
        HttpRequest r = HttpRequest.newBuilder(URI.create(server.url() + path)).header("Content-Type",
                contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        return Http.client().send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String reportCount(String endpoint) throws IOException, InterruptedException {
        HttpResponse<String> r = get(endpoint + "?query=" + URLEncoder.encode(COUNT_REPORTS,
                StandardCharsets.UTF_8),
                "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        return r.body().replaceAll("\\s+", "");
    }

    @Test
    void queriesSeeTheUnionOfTheDocumentGraphsAtEveryQueryEndpoint() throws Exception {
        for (String endpoint : new String[] {"govkg/sparql", "govkg/query", "govkg"}) {
            assertTrue(reportCount(endpoint).contains("\"value\":\"2\""), endpoint + ": "
                    + reportCount(endpoint));
        }
    }

    @Test
    void chineseLabelsSurviveTheRoundTrip() throws Exception {
        String q = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?l { ?p skos:prefLabel ?l "
                + "FILTER(STR(?l) = \"百千万工程\") }";
        HttpResponse<String> r = get("govkg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                "text/csv");
        assertEquals(200, r.statusCode());
        assertEquals("l\r\n百千万工程\r\n", r.body());
    }

    @Test
    void fullTextSearchAnswersOverHttp() throws Exception {
        String q = "PREFIX text: <http://jena.apache.org/text#> SELECT DISTINCT ?s { ?s text:query '典型' }";
        HttpResponse<String> r = get("govkg/sparql?query=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                "text/csv");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("s\r\nhttps://w3id.org/govkg/term/典型镇\r\n", r.body());
    }

    @Test
    void sparqlUpdateIsRefusedAndChangesNothing() throws Exception {
        String update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }";
        for (String endpoint : new String[] {"govkg/sparql", "govkg", "govkg/update", "govkg/query"}) {
            HttpResponse<String> r = post(endpoint, "application/sparql-update", update);
            assertTrue(r.statusCode() >= 400, endpoint + " accepted an update: " + r.statusCode());
            HttpResponse<String> form = post(endpoint, "application/x-www-form-urlencoded",
                    "update=" + URLEncoder.encode(update, StandardCharsets.UTF_8));
            assertTrue(form.statusCode() >= 400, endpoint + " accepted a form update: " + form.statusCode());
        }
        HttpResponse<String> put = Http.client().send(HttpRequest.newBuilder(URI.create(server.url()
                + "govkg/get?default"))
                .header("Content-Type", "text/turtle")
                        .PUT(HttpRequest.BodyPublishers.ofString("<urn:x> <urn:y> 1 ."))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(put.statusCode() >= 400, "graph store PUT accepted: " + put.statusCode());
        assertTrue(reportCount("govkg/sparql").contains("\"value\":\"2\""));
        HttpResponse<String> ask = get("govkg/sparql?query="
                + URLEncoder.encode("ASK { <urn:x> ?p ?o }", StandardCharsets.UTF_8),
                        "application/sparql-results+json");
        assertTrue(ask.body().contains("false"), ask.body());
    }

    @Test
    void graphStoreReadsWork() throws Exception {
        HttpResponse<String> r = get("govkg/get?graph=" + URLEncoder.encode(
                "https://w3id.org/govkg/graph/other.txt", StandardCharsets.UTF_8), "application/n-triples");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("<https://w3id.org/govkg/report/other.txt>"), r.body());
    }

    @Test
    void webUiAndTheStatusEndpointsItReadsAreServed() throws Exception {
        HttpResponse<String> index = get("", "text/html");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("Fuseki"), index.body());
        HttpResponse<String> status = get("$/server", "application/json");
        assertEquals(200, status.statusCode());
        assertTrue(status.body().contains("\"/govkg\""), status.body());
        assertEquals(200, get("$/ping", null).statusCode());
        assertEquals(200, get("$/datasets", "application/json").statusCode());
        assertEquals(200, get("$/stats/govkg", "application/json").statusCode());
    }

    @Test
    void aQueryRunningLongerThanTheTimeoutIsCancelled(@TempDir Path other) throws Exception {
        RdfFixtures.buildDirectory(other);
        try (GraphStore slowStore = GraphStore.openExisting(other);
             KnowledgeGraphServer slow = KnowledgeGraphServer.start(slowStore.dataset(), other, 0,
                     Duration.ofSeconds(1))) {
            String q = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";
            long t0 = System.nanoTime();
            HttpResponse<String> r = Http.client().send(HttpRequest.newBuilder(URI.create(slow.url()
                    + "govkg/sparql?query="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(60)).GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - t0) / 1e9;
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(seconds < 20, "took " + seconds + " s");
        }
    }

    @Test
    void theAdminEndpointsRefuseChanges() throws Exception {
        HttpResponse<String> create = post("$/datasets", "application/x-www-form-urlencoded",
                "dbName=evil&dbType=mem");
        assertEquals(405, create.statusCode());
        HttpResponse<String> delete = Http.client().send(HttpRequest.newBuilder(URI.create(server.url()
                + "$/datasets/govkg"))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, delete.statusCode());
        assertTrue(reportCount("govkg/sparql").contains("\"value\":\"2\""));
    }
}
