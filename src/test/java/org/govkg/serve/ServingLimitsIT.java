package org.govkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.govkg.rdf.RdfFixtures;
import org.govkg.store.GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the server refuses and how, over real HTTP: federated SERVICE, oversized requests, CORS, and a
 * query that times out after its results began.
 */
class ServingLimitsIT {

    @TempDir
    static Path dir;

    private static GraphStore store;
    private static KnowledgeGraphServer server;

    @BeforeAll
    static void start() throws IOException {
        RdfFixtures.buildDirectory(dir);
        store = GraphStore.openExisting(dir);
        server = KnowledgeGraphServer.start(store.dataset(), dir, 0, Duration.ofSeconds(1));
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

    private static HttpResponse<String> query(KnowledgeGraphServer s, String q, String origin)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.sparqlEndpoint() + "?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60));
        if (origin != null) {
            b.header("Origin", origin);
        }
        return Http.client().send(b.GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void federatedServiceIsRefusedUnlessAllowed(@TempDir Path other) throws Exception {
        String q = "SELECT * { SERVICE <" + server.sparqlEndpoint() + "> { ?s ?p ?o } } LIMIT 1";
        HttpResponse<String> refused = query(server, q, null);
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("SERVICE"), refused.body());
        RdfFixtures.buildDirectory(other);
        try (GraphStore otherStore = GraphStore.openExisting(other);
             KnowledgeGraphServer open = KnowledgeGraphServer.start(otherStore.dataset(), other,
                     new KnowledgeGraphServer.Settings("127.0.0.1", 0, Duration.ofSeconds(10), false, true,
                             KnowledgeGraphServer.DEFAULT_MAX_REQUEST_BYTES))) {
            HttpResponse<String> allowed = query(open, q, null);
            assertEquals(200, allowed.statusCode(), allowed.body());
            assertTrue(allowed.body().contains("\"s\""), allowed.body());
        }
    }

    @Test
    void aHundredMegabyteQueryIsRefusedBeforeItIsRead() throws Exception {
        long size = 100L << 20;
        long t0 = System.nanoTime();
        String status;
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /govkg/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                    + "Content-Type: application/sparql-query\r\nContent-Length: " + size + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] token = new byte[64 << 10];
            Arrays.fill(token, (byte) 'a');
            out.write(token);
            out.flush();
            status = statusLine(socket.getInputStream());
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(status.contains(" 413 "), status);
        assertTrue(seconds < 10, "took " + seconds + " s");
        // And the server is still there for the next query.
        assertEquals(200, query(server, "ASK {}", null).statusCode());
    }

    @Test
    void anOverlongQueryStringIsRefused() throws Exception {
        String q = "SELECT * { ?s ?p \"" + "a".repeat(2 << 20) + "\" }";
        HttpResponse<String> r = query(server, q, null);
        assertTrue(r.statusCode() == 414 || r.statusCode() == 431, r.statusCode() + " " + r.body());
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0 && c != '\n') {
            sb.append((char) c);
        }
        return sb.toString();
    }

    @Test
    void aTimeoutAfterTheFirstResultsGivesACleanError() throws Exception {
        // The first branch's rows are written before the second one runs out of time.
        String q = "SELECT * { { ?s ?p ?o } UNION "
                + "{ SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } } }";
        HttpResponse<String> r = query(server, q, null);
        assertEquals(503, r.statusCode(), r.body());
        assertFalse(r.body().contains("\"bindings\""), r.body());
    }

    @Test
    void aTimeoutWhileStreamingManyResultsIsNeverACompleteLooking200(@TempDir Path other) throws Exception {
        RdfFixtures.buildDirectory(other);
        // Hold back only 64 KB, so that the results overflow into the response before the timeout.
        try (GraphStore otherStore = GraphStore.openExisting(other);
             KnowledgeGraphServer small = KnowledgeGraphServer.start(otherStore.dataset(), other,
                     KnowledgeGraphServer.Settings.local(0, Duration.ofSeconds(1)), 64 << 10)) {
            assertStreamingTimeoutBreaks(small);
        }
        assertStreamingTimeoutBreaks(server);
    }

    private static void assertStreamingTimeoutBreaks(KnowledgeGraphServer s) throws Exception {
        String q = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        HttpRequest req = HttpRequest.newBuilder(URI.create(s.sparqlEndpoint() + "?query="
                + URLEncoder.encode(q, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60)).GET()
                .build();
        HttpResponse<InputStream> r = Http.client().send(req, HttpResponse.BodyHandlers.ofInputStream());
        boolean broken = false;
        long bytes = 0;
        try (InputStream in = r.body()) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) >= 0) {
                bytes += n;
            }
        } catch (IOException e) {
            broken = true;
        }
        assertTrue(r.statusCode() != 200 || broken, "200 with " + bytes + " bytes, transfer complete");
    }

    @Test
    void corsIsOffByDefault(@TempDir Path other) throws Exception {
        HttpResponse<String> plain = query(server, "ASK {}", "https://example.org");
        assertEquals(200, plain.statusCode());
        assertFalse(plain.headers().firstValue("Access-Control-Allow-Origin").isPresent(),
                plain.headers().toString());
        RdfFixtures.buildDirectory(other);
        try (GraphStore otherStore = GraphStore.openExisting(other);
             KnowledgeGraphServer cors = KnowledgeGraphServer.start(otherStore.dataset(), other,
                     new KnowledgeGraphServer.Settings("127.0.0.1", 0, Duration.ofSeconds(10), true, false,
                             KnowledgeGraphServer.DEFAULT_MAX_REQUEST_BYTES))) {
            HttpResponse<String> r = query(cors, "ASK {}", "https://example.org");
            assertNotEquals(null, r.headers().firstValue("Access-Control-Allow-Origin").orElse(null),
                    r.headers().toString());
        }
    }
}
