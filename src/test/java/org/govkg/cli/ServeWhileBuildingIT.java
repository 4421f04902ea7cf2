package org.govkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govkg.serve.Http;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} and a build of the same directory at once, as a server and a nightly pipeline would: the
 * server keeps answering during the build and switches to the new generation when it is published;
 * {@code query} and {@code validate} work on the directory the server holds.
 */
class ServeWhileBuildingIT {

    private static final String COUNT =
            "SELECT (COUNT(?r) AS ?n) { ?r a <https://w3id.org/govkg/ontology#Report> }";

    @Test
    void theServerAnswersThroughABuildAndFollowsItsGeneration(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), BuildEngineIT.report("连州市", ""));
        Files.writeString(in.resolve("b.txt"), BuildEngineIT.report("英德市", ""));
        Path out = tmp.resolve("out");
        assertEquals(0, CliRun.govkg("build", in.toString(), "-o", out.toString()).code());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process serve = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.govkg.cli.Main", "serve", "-d", out.toString(), "--port", "0")
                .redirectError(tmp.resolve("serve.err").toFile()).start();
        try {
            String url = url(serve);
            assertEquals(2, reports(url));
            // The server holds the dataset; the CLI readers go through it.
            CliRun query = CliRun.govkg("query", "-d", out.toString(), "--sparql", COUNT, "--format", "csv");
            assertEquals(0, query.code(), query.err());
            assertTrue(query.out().contains("\n2"), query.out());
            CliRun validate = CliRun.govkg("validate", "-d", out.toString());
            assertEquals(0, validate.code(), validate.out() + validate.err());

            // A build of the same directory while a client keeps querying.
            Files.writeString(in.resolve("c.txt"), BuildEngineIT.report("佛冈县", ""));
            AtomicInteger answered = new AtomicInteger();
            AtomicReference<String> failed = new AtomicReference<>();
            Thread client = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted() && failed.get() == null) {
                    try {
                        int n = reports(url);
                        if (n != 2 && n != 3) {
                            failed.set("answered " + n);
                        }
                        answered.incrementAndGet();
                    } catch (IOException e) {
                        failed.set(e.toString());
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            client.start();
            CliRun build = CliRun.govkg("build", in.toString(), "-o", out.toString());
            assertEquals(0, build.code(), build.err());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (reports(url) != 3 && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            client.interrupt();
            client.join();
            assertEquals(null, failed.get());
            assertTrue(answered.get() > 0);
            assertEquals(3, reports(url), "the server switched to the new generation");
        } finally {
            serve.destroy();
            serve.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String url(Process serve) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                StandardCharsets.UTF_8));
        Pattern p = Pattern.compile("at (http://\\S+/) ");
        String line;
        while ((line = r.readLine()) != null) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new IOException("serve printed no URL");
    }

    private static int reports(String url) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create(url + "govkg/sparql?query="
                + URLEncoder.encode(COUNT, StandardCharsets.UTF_8))).header("Accept", "text/csv").GET(
                        ).build();
        HttpResponse<String> resp = Http.client().send(req, HttpResponse.BodyHandlers.ofString());
        if (resp.statusCode() != 200) {
            throw new IOException("HTTP " + resp.statusCode() + ": " + resp.body());
        }
        return Integer.parseInt(resp.body().lines().skip(1).findFirst().orElseThrow().strip());
    }
}
