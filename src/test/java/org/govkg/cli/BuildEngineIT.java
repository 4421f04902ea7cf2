package org.govkg.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.govkg.store.BuildDirectory;
import org.govkg.store.GraphStore;
import org.govkg.store.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build engine as a pipeline uses it: the output says exactly what the inputs say, documents are
 * identified by their path below the input, unchanged documents are not processed again, and documents
 * can be added and removed.
 */
class BuildEngineIT {

    /** A short report of its own: a few sentences with a program and places, quick to process. */
    static String report(String county, String extra) {
        return county + "2023年政府工作报告\n\n"
                + "过去一年，" + county + "深入实施“百县千镇万村高质量发展工程”，推动城乡区域协调发展。\n"
                + "全年完成固定资产投资120亿元，" + county + "人民医院扩建工程建成投用。\n" + extra + "\n";
    }

    private static Manifest manifest(Path out) throws IOException {
        return Manifest.read(BuildDirectory.at(out).requireCurrent()).orElseThrow();
    }

    private static List<String> ids(Path out) throws IOException {
        return manifest(out).documents().stream().map(Manifest.Document::id).toList();
    }

    private static long unchanged(CliRun run) {
        return run.err().lines().filter(l -> l.contains(": unchanged,")).count();
    }

    @Test
    void theOutputSaysExactlyWhatTheInputsSay(@TempDir Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), report("连州市", ""));
        Files.writeString(in.resolve("b.txt"), report("英德市", ""));
        // The common layout of a year per folder: the same file name twice.
        Files.createDirectories(in.resolve("2022"));
        Files.createDirectories(in.resolve("2023"));
        Files.writeString(in.resolve("2022/政府工作报告.txt"), report("佛冈县", "二〇二二年。"));
        Files.writeString(in.resolve("2023/政府工作报告.txt"), report("佛冈县", "二〇二三年。"));
        Path out = tmp.resolve("out");

        CliRun first = CliRun.govkg("build", in.toString(), "-o", out.toString(), "--format", "nq");
        assertEquals(0, first.code(), first.err());
        assertEquals(List.of("2022/政府工作报告.txt", "2023/政府工作报告.txt", "a.txt", "b.txt"), ids(out));
        String trig = Files.readString(out.resolve("govkg.trig"));
        assertTrue(trig.contains("<https://w3id.org/govkg/graph/2022/政府工作报告.txt>"), "path-based graph IRI");
        assertTrue(Files.exists(out.resolve("govkg.nq")));
        byte[] ttl = Files.readAllBytes(out.resolve("govkg.ttl"));
        // After the documents, each step of publishing them is reported as it is done.
        List<String> steps = first.err().lines().filter(l -> l.startsWith("[publish] "))
                .map(l -> l.replaceAll("[\\d.]+ s", "T s")).toList();
        assertEquals(3, steps.size(), first.err());
        assertTrue(steps.get(0).matches("\\[publish] wrote govkg.ttl, govkg.trig, govkg.nq "
                + "\\(\\d+ quads, \\d+ triples\\) and entities.tsv, T s"), steps.get(0));
        assertEquals("[publish] loaded tdb2/ from the N-Quads, T s (T s into publishing)", steps.get(1));
        assertEquals("[publish] filled the label index text/, T s", steps.get(2));

        // The same input again: nothing is processed, the dumps are the same bytes.
        CliRun again = CliRun.govkg("build", in.toString(), "-o", out.toString(), "--format", "nq");
        assertEquals(0, again.code(), again.err());
        assertEquals(4, unchanged(again), again.err());
        assertArrayEquals(ttl, Files.readAllBytes(out.resolve("govkg.ttl")));

        // One report changed, one removed, nq no longer asked for.
        Files.writeString(in.resolve("a.txt"), report("连州市", "连州市新建连州中学。"));
        Files.delete(in.resolve("b.txt"));
        CliRun changed = CliRun.govkg("build", in.toString(), "-o", out.toString());
        assertEquals(0, changed.code(), changed.err());
        assertEquals(2, unchanged(changed), "only the changed report is processed: " + changed.err());
        assertEquals(List.of("2022/政府工作报告.txt", "2023/政府工作报告.txt", "a.txt"), ids(out));
        assertFalse(Files.readString(out.resolve("govkg.trig")).contains("graph/b.txt"));
        assertFalse(Files.readString(out.resolve("entities.tsv")).contains("\nb.txt\t"));
        assertTrue(Files.readString(out.resolve("govkg.ttl")).contains("连州中学"));
        assertFalse(Files.exists(out.resolve("govkg.nq"), LinkOption.NOFOLLOW_LINKS), "a dump not asked for");
        assertFalse(Files.exists(BuildDirectory.at(out).requireCurrent().resolve("govkg.nq")));
        try (GraphStore store = GraphStore.openExisting(out)) {
            assertEquals(3, store.graphs().stream().filter(g -> g.getURI().contains("/graph/")).count(),
                    "the reports' graphs (besides the ontology and VoID graphs)");
        }
    }

    @Test
    void documentsAreAddedAndRemovedAndAMissingInputPublishesNothing(@TempDir Path tmp) throws IOException {
        Path a = Files.writeString(tmp.resolve("a.txt"), report("连州市", ""));
        Path b = Files.writeString(tmp.resolve("b.txt"), report("英德市", ""));
        Path out = tmp.resolve("out");
        assertEquals(0, CliRun.govkg("build", a.toString(), "-o", out.toString()).code());
        CliRun add = CliRun.govkg("build", b.toString(), "-o", out.toString(), "--add");
        assertEquals(0, add.code(), add.err());
        assertTrue(add.err().contains("kept 1"), add.err());
        assertEquals(List.of("a.txt", "b.txt"), ids(out));

        CliRun remove = CliRun.govkg("remove", "-d", out.toString(), "a.txt");
        assertEquals(0, remove.code(), remove.err());
        assertEquals(List.of("b.txt"), ids(out));
        assertFalse(Files.readString(out.resolve("govkg.trig")).contains("graph/a.txt"));
        CliRun missing = CliRun.govkg("remove", "-d", out.toString(), "nosuch.txt");
        assertEquals(1, missing.code());
        assertEquals("remove#MISSING nosuch.txt: no such document in " + out, missing.err().strip());

        byte[] ttl = Files.readAllBytes(out.resolve("govkg.ttl"));
        CliRun typo = CliRun.govkg("build", tmp.resolve("nosuch").toString(), "-o", out.toString());
        assertEquals(BuildCommand.EXIT_NOTHING_BUILT, typo.code());
        assertTrue(typo.err().contains("built nothing") && typo.err().contains("left as it was"), typo.err());
        assertArrayEquals(ttl, Files.readAllBytes(out.resolve("govkg.ttl")));
        assertEquals(List.of("b.txt"), ids(out));
    }

    @Test
    void aSummaryForPipelines(@TempDir Path tmp) throws IOException {
        Path a = Files.writeString(tmp.resolve("a.txt"), report("连州市", ""));
        Path empty = Files.write(tmp.resolve("empty.txt"), new byte[0]);
        CliRun run = CliRun.govkg("build", a.toString(), empty.toString(), "-o", tmp.resolve(
                "out").toString(),
                "--summary", "json");
        assertEquals(1, run.code(), "a skipped input: exit 1 " + run.err());
        String json = run.out().strip();
        assertTrue(json.startsWith("{\"out\": ") && json.endsWith("}"), json);
        assertTrue(json.contains("\"published\": true, \"documents\": 1, \"unchanged\": 0"), json);
        assertTrue(json.contains("\"skipped\": [{\"id\": \"UNREADABLE\", \"path\": \"" + empty + "\""), json);
        assertEquals(json, new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
    }

    @Test
    void gzipWritesTheSameDumpsCompressed(@TempDir Path tmp) throws IOException {
        Path a = Files.writeString(tmp.resolve("a.txt"), report("连州市", ""));
        Path plain = tmp.resolve("plain");
        Path packed = tmp.resolve("packed");
        assertEquals(0, CliRun.govkg("build", a.toString(), "-o", plain.toString(), "--format", "nq").code());
        CliRun run = CliRun.govkg("build", a.toString(), "-o", packed.toString(), "--format", "nq", "--gzip");
        assertEquals(0, run.code(), run.err());
        for (String f : List.of("govkg.ttl", "govkg.trig", "govkg.nq")) {
            assertFalse(Files.exists(packed.resolve(f), LinkOption.NOFOLLOW_LINKS), f);
            try (var in = new GZIPInputStream(Files.newInputStream(packed.resolve(f + ".gz")))) {
                assertArrayEquals(Files.readAllBytes(plain.resolve(f)), in.readAllBytes(), f);
            }
        }
        byte[] first = Files.readAllBytes(packed.resolve("govkg.ttl.gz"));
        // The flag is per build; the same graph gives the same compressed bytes.
        Path b = Files.writeString(tmp.resolve("b.txt"), report("英德市", ""));
        assertEquals(0, CliRun.govkg("build", b.toString(), "-o", packed.toString(), "--add").code());
        assertTrue(Files.exists(packed.resolve("govkg.ttl")), "a build without --gzip writes plain dumps");
        assertEquals(0, CliRun.govkg("build", a.toString(), "-o", packed.toString(), "--format", "nq",
                "--gzip").code());
        assertArrayEquals(first, Files.readAllBytes(packed.resolve("govkg.ttl.gz")));
        assertTrue(manifest(packed).gzip());
    }
}
