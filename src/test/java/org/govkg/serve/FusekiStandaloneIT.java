package org.govkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.govkg.export.FusekiConfigFile;
import org.govkg.rdf.GovkgVersion;
import org.govkg.rdf.RdfFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The written {@code fuseki-config.ttl} started the way the README says, with the standalone
 * {@code jena-fuseki-server} jar of our Jena version (copied from Maven Central into
 * {@code target/fuseki-standalone/} by the build) as a separate process: from a moved build directory,
 * on localhost only, read-only, with full-text search, and writing nothing into its working directory.
 */
class FusekiStandaloneIT {

    private static final Path JARS = Path.of("target", "fuseki-standalone");

    @Test
    void theWrittenConfigurationServesAMovedBuildReadOnly(@TempDir Path tmp) throws Exception {
        Path built = RdfFixtures.buildDirectory(tmp.resolve("built"));
        // A moved build directory (with a space and Chinese in its name) must still find its dataset.
        Path moved = Files.move(built, tmp.resolve("moved 目录"));
        Path cwd = Files.createDirectory(tmp.resolve("cwd"));
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", classpath(), "org.apache.jena.fuseki.main.cmds.FusekiMainCmd",
                "--localhost", "--no-cors", "--port", Integer.toString(port),
                "--config", moved.resolve(FusekiConfigFile.FILE_NAME).toString()));
        Process fuseki = new ProcessBuilder(command).directory(cwd.toFile())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("fuseki.log").toFile()).start();
        try {
            String base = "http://127.0.0.1:" + port + "/";
            HttpResponse<String> count = awaitStarted(fuseki, base, tmp.resolve("fuseki.log"));
            assertEquals(200, count.statusCode(), count.body());
            assertTrue(count.body().replaceAll("\\s+", "").contains("\"value\":\"2\""), count.body());
            HttpResponse<String> search = select(base, "PREFIX text: <http://jena.apache.org/text#> "
                    + "SELECT DISTINCT ?s { ?s text:query '百千万' }");
            assertEquals(200, search.statusCode(), search.body());
            assertTrue(search.body().contains("https://w3id.org/govkg/program/百千万工程"), search.body());
            HttpResponse<String> update = Http.client().send(HttpRequest.newBuilder(URI.create(base
                    + "govkg/sparql")).header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x> <urn:y> <urn:z> }"))
                    .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(update.statusCode() >= 400, "update accepted: " + update.statusCode());
            HttpResponse<String> admin = Http.client().send(HttpRequest.newBuilder(URI.create(base
                    + "$/datasets")).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("dbName=evil&dbType=mem")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(admin.statusCode() >= 400, "dataset creation accepted: " + admin.statusCode());
            HttpResponse<String> service = select(base, "SELECT * { SERVICE <" + base + "govkg/sparql> "
                    + "{ ?s ?p ?o } } LIMIT 1");
            assertEquals(422, service.statusCode(), service.body());
        } finally {
            fuseki.destroy();
            fuseki.waitFor();
        }
        try (Stream<Path> left = Files.list(cwd)) {
            assertEquals(List.of(), left.toList(), "the standalone server wrote into its working directory");
        }
    }

    private static String classpath() throws IOException {
        Path server = JARS.resolve("jena-fuseki-server-" + GovkgVersion.jena() + ".jar");
        Path smartcn = JARS.resolve("lucene-analysis-smartcn-" + GovkgVersion.lucene() + ".jar");
        for (Path jar : List.of(server, smartcn)) {
            if (!Files.isRegularFile(jar)) {
                throw new IOException(jar + " missing: mvn verify copies it there before the ITs run");
            }
        }
        return server.toAbsolutePath() + java.io.File.pathSeparator + smartcn.toAbsolutePath();
    }

    private static HttpResponse<String> awaitStarted(Process fuseki, String base, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!fuseki.isAlive()) {
                throw new AssertionError("fuseki exited " + fuseki.exitValue() + ": "
                        + Files.readString(log));
            }
            try {
                return select(base,
                        "SELECT (COUNT(?r) AS ?n) { ?r a <https://w3id.org/govkg/ontology#Report> }");
            } catch (IOException notYet) {
                Thread.sleep(250);
            }
        }
        throw new AssertionError("fuseki did not answer within 120 s: " + Files.readString(log));
    }

    private static HttpResponse<String> select(String base, String query) throws Exception {
        return Http.client().send(HttpRequest.newBuilder(URI.create(base + "govkg/sparql?query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60)).GET()
                .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
