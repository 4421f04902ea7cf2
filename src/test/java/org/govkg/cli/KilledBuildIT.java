package org.govkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.govkg.store.GraphStore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed with SIGKILL, or stopped by a full disk, leaves the previous generation whole and
 * readable; the next build succeeds, and picks up the documents finished before the kill.
 */
class KilledBuildIT {

    /** What readers see of a build directory: the dumps and the table, and the dataset's size. */
    private record Output(byte[] ttl, byte[] trig, byte[] table, long quads) {
        static Output of(Path out) throws IOException {
            long quads;
            try (GraphStore store = GraphStore.openExisting(out)) {
                quads = store.size();
            }
            return new Output(Files.readAllBytes(out.resolve("govkg.ttl")),
                    Files.readAllBytes(out.resolve("govkg.trig")), Files.readAllBytes(out.resolve(
                            "entities.tsv")),
                    quads);
        }

        boolean sameAs(Output o) {
            return Arrays.equals(ttl, o.ttl) && Arrays.equals(trig, o.trig) && Arrays.equals(table, o.table)
                    && quads == o.quads;
        }
    }

    private static Path input(Path tmp, String name, int reports, String extra) throws IOException {
        Path in = Files.createDirectories(tmp.resolve(name));
        String[] counties = {"连州市", "英德市", "佛冈县", "阳山县", "连山壮族瑶族自治县", "清新区"};
        for (int i = 0; i < reports; i++) {
            Files.writeString(in.resolve("r" + i + ".txt"), BuildEngineIT.report(
                    counties[i % counties.length],
                    i == 0 ? extra : ""));
        }
        return in;
    }

    @Test
    void aKilledRebuildLosesNothingAndTheNextOneResumes(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("out");
        Path v1 = input(tmp, "v1", 6, "");
        assertEquals(0, CliRun.govkg("build", v1.toString(), "-o", out.toString()).code());
        Output before = Output.of(out);
        // A changed corpus, so that each rebuild has documents to process and a new generation to publish.
        Path v2 = input(tmp, "v2", 6, "连州市新建连州中学。");
        Files.writeString(v2.resolve("r5.txt"), BuildEngineIT.report("清新区", "清新区新建太和中学。"));
        List<Output> seen = new ArrayList<>();
        // Kill at moments read off the build's own progress: while documents are processed, as the last one
        // finishes (the generation is being written), and a little later (TDB2 loading or the rename).
        List<Predicate<String>> moments = List.of(l -> l.startsWith("[1/"), l -> l.startsWith("[6/6]"),
                l -> l.startsWith("[6/6]"));
        long[] delays = {0, 0, 400};
        for (int i = 0; i < moments.size(); i++) {
            killAt(rebuild(v2, out, tmp).start(), moments.get(i), delays[i]);
            seen.add(Output.of(out));
        }
        CliRun resumed = CliRun.govkg("build", v2.toString(), "-o", out.toString());
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.err().contains(": unchanged,"), "documents finished before a kill are reused: "
                + resumed.err());
        Output after = Output.of(out);
        assertFalse(after.sameAs(before));
        for (int i = 0; i < seen.size(); i++) {
            assertTrue(seen.get(i).sameAs(before) || seen.get(i).sameAs(after),
                    "after kill " + i + " readers see the previous or the next generation, whole");
        }
        assertEquals(0, CliRun.govkg("validate", "-d", out.toString()).code());
        try (Stream<Path> files = Files.walk(out)) {
            assertEquals(List.of(), files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".tmp"))
                    .toList(), "the next build clears what killed writers left");
        }
    }

    @Test
    void aFullDiskFailsTheBuildWithOneLineAndTheNextBuildSucceeds(@TempDir Path tmp) throws Exception {
        Path mnt = Files.createDirectories(tmp.resolve("mnt"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=48m", "tmpfs", mnt.toString()) == 0,
                "needs a small file system: mount -t tmpfs (root) is not available here");
        try {
            Path out = mnt.resolve("out");
            Path v1 = input(tmp, "v1", 2, "");
            assertEquals(0, CliRun.govkg("build", v1.toString(), "-o", out.toString()).code());
            Output before = Output.of(out);
            Path filler = fill(mnt, 400_000);
            Path v2 = input(tmp, "v2", 2, "连州市新建连州中学。");
            Process p = rebuild(v2, out, tmp).redirectError(tmp.resolve("err.log").toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("the build hung on a full disk: "
                        + Files.readString(tmp.resolve("err.log")));
            }
            String err = Files.readString(tmp.resolve("err.log"));
            assertEquals(1, p.exitValue(), err);
            List<String> errors = err.lines().filter(l -> l.startsWith("build#")).toList();
            assertEquals(1, errors.size(), err);
            assertTrue(errors.get(0).contains("No space left on device"), err);
            assertFalse(err.contains("\tat "), "no stack trace: " + err);
            assertTrue(Output.of(out).sameAs(before), "the previous generation is intact");
            Files.delete(filler);
            CliRun next = CliRun.govkg("build", v2.toString(), "-o", out.toString());
            assertEquals(0, next.code(), next.err());
            assertFalse(Output.of(out).sameAs(before));
        } finally {
            run("umount", "-l", mnt.toString());
        }
    }

    /** Fills the file system of {@code dir} up to {@code leave} bytes. */
    private static Path fill(Path dir, long leave) throws IOException {
        Path filler = dir.resolve("filler");
        long free = Files.getFileStore(dir).getUsableSpace();
        byte[] block = new byte[1 << 16];
        try (var out = Files.newOutputStream(filler)) {
            for (long n = 0; n + block.length < free - leave; n += block.length) {
                out.write(block);
            }
        }
        return filler;
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    /** Waits for a progress line matching {@code moment}, then {@code delayMs}, then kills the build. */
    private static void killAt(Process p, Predicate<String> moment, long delayMs) throws Exception {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = err.readLine()) != null && !moment.test(line)) {
                // Progress before the moment.
            }
            if (delayMs > 0) {
                Thread.sleep(delayMs);
            }
            p.destroyForcibly().waitFor();
        }
    }

    private static ProcessBuilder rebuild(Path in, Path out, Path tmp) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "org.govkg.cli.Main",
                "build", in.toString(), "-o", out.toString()).redirectOutput(tmp.resolve("out.log").toFile());
    }
}
