package org.govkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.govkg.store.GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build killed with SIGKILL at any point leaves the previous output whole and readable. */
class KilledBuildIT {

    @Test
    void aKilledRebuildLosesNothing(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        assertEquals(0, CliRun.govkg("build", "corpus", "-o", out.toString()).code());
        byte[] ttl = Files.readAllBytes(out.resolve("govkg.ttl"));
        byte[] table = Files.readAllBytes(out.resolve("entities.tsv"));
        long triples;
        try (GraphStore store = GraphStore.openExisting(out)) {
            triples = store.size();
        }
        // Time one whole rebuild, then kill rebuilds at moments spread over it: start-up, processing,
        // the commit (TDB2, dumps, table) and its very end, whatever the speed of the machine.
        long t0 = System.nanoTime();
        assertEquals(0, rebuild(out, tmp).waitFor());
        long wholeMs = (System.nanoTime() - t0) / 1_000_000;
        for (double at : List.of(0.3, 0.6, 0.85, 0.95)) {
            long delayMs = (long) (wholeMs * at);
            Process p = rebuild(out, tmp);
            if (!p.waitFor(delayMs, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor();
            }
            // Same input: whether the kill came before or after the commit, the output must be as before.
            assertArrayEquals(ttl, Files.readAllBytes(out.resolve("govkg.ttl")),
                    "govkg.ttl after kill at " + delayMs);
            assertArrayEquals(table, Files.readAllBytes(out.resolve("entities.tsv")),
                    "table after kill at " + delayMs);
            try (GraphStore store = GraphStore.openExisting(out)) {
                assertEquals(triples, store.size(), "TDB2 after kill at " + delayMs);
            }
        }
        assertEquals(0, CliRun.govkg("validate", "-d", out.toString()).code());
        // The next build clears the temporary files killed writers left behind.
        assertEquals(0, CliRun.govkg("build", "corpus", "-o", out.toString()).code());
        try (java.util.stream.Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tmp"))
                    .toList());
        }
    }

    private static Process rebuild(Path out, Path tmp) throws java.io.IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.govkg.cli.Main", "build", "corpus", "-o", out.toString())
                .redirectOutput(tmp.resolve("out.log").toFile())
                .redirectError(tmp.resolve("err.log").toFile())
                .start();
    }
}
