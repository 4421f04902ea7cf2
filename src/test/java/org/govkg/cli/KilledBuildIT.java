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
        // Kill rebuilds at several moments: start-up, mid-processing, around the commit.
        for (long delayMs : List.of(1500L, 3000L, 4500L)) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    "org.govkg.cli.Main", "build", "corpus", "-o", out.toString())
                    .redirectOutput(tmp.resolve("out.log").toFile())
                    .redirectError(tmp.resolve("err.log").toFile())
                    .start();
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
    }
}
