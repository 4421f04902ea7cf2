package org.govkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govkg search} and {@code text:query} on a build of a bundled report, and after rebuilding it. */
class SearchIT {

    private static final String REPORT = "001_786932ba7b77b50b.txt";

    @TempDir
    static Path tmp;
    static Path in;
    static Path out;

    @BeforeAll
    static void build() throws Exception {
        in = Files.createDirectory(tmp.resolve("in"));
        Files.copy(Path.of("corpus", REPORT), in.resolve(REPORT));
        out = tmp.resolve("out");
        CliRun run = CliRun.govkg("build", in.toString(), "-o", out.toString(), "--threads", "2");
        assertEquals(0, run.code(), run.err());
    }

    /** The rows of a search's table: type, label, iri, reports. */
    private static List<List<String>> search(String... args) {
        String[] full = new String[args.length + 3];
        full[0] = "search";
        full[1] = "-d";
        full[2] = out.toString();
        System.arraycopy(args, 0, full, 3, args.length);
        CliRun run = CliRun.govkg(full);
        assertEquals(0, run.code(), run.err());
        return run.out().lines().filter(l -> l.matches("\\| \\d+ .*"))
                .map(l -> Arrays.stream(l.substring(1, l.length() - 1).split(" \\| ")).map(String::strip)
                        .skip(2).toList())
                .toList();
    }

    private static boolean has(List<List<String>> rows, String type, String label) {
        return rows.stream().anyMatch(r -> r.get(0).equals(type) && r.get(1).equals(label));
    }

    @Test
    void aWordInsideADefinitionFindsItsTerm() {
        // 三铁工程：指南部通地铁、中部通郊铁、北部通高铁 — 地铁 is only in the definition.
        List<List<String>> rows = search("地铁");
        assertEquals(List.of("DefinedTerm", "三铁工程"), rows.get(0).subList(0, 2), rows.toString());
        assertTrue(rows.get(0).get(3).contains(REPORT), rows.toString());
    }

    @Test
    void aWordInsideLabelsFindsTheExpresswayProjects() {
        List<List<String>> rows = search("高速", "--type", "Project");
        assertTrue(has(rows, "Project", "清花高速") && has(rows, "Project", "广连高速"), rows.toString());
        assertTrue(rows.stream().allMatch(r -> r.get(0).equals("Project") && r.get(1).contains("高速")),
                rows.toString());
    }

    @Test
    void aTraditionalCharacterQueryFindsTheSimplifiedLabel() {
        List<List<String>> rows = search("三鐵工程", "--type", "Program");
        assertEquals(List.of("Program", "三铁工程", "https://w3id.org/govkg/program/三铁工程"),
                rows.get(0).subList(0, 3), rows.toString());
    }

    @Test
    void textQueryWorksInGovkgQuery() {
        CliRun run = CliRun.govkg("query", "-d", out.toString(), "--format", "csv", "--sparql",
                "PREFIX text: <http://jena.apache.org/text#> "
                        + "SELECT DISTINCT ?s { ?s text:query '地铁' } ORDER BY ?s");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("https://w3id.org/govkg/term/三铁工程"), run.out());
    }

    @Test
    void rebuildingAChangedReportDropsItsOldLabelsFromTheIndex(@TempDir Path other) throws Exception {
        Path changedIn = Files.createDirectory(other.resolve("in"));
        Path changedOut = other.resolve("out");
        Files.copy(Path.of("corpus", REPORT), changedIn.resolve(REPORT));
        assertEquals(0, CliRun.govkg("build", changedIn.toString(), "-o", changedOut.toString()).code());
        String text = Files.readString(changedIn.resolve(REPORT), StandardCharsets.UTF_8);
        Files.writeString(changedIn.resolve(REPORT), text.replace("清花高速", "清花大道"), StandardCharsets.UTF_8);
        CliRun rebuild = CliRun.govkg("build", changedIn.toString(), "-o", changedOut.toString());
        assertEquals(0, rebuild.code(), rebuild.err());
        CliRun after = CliRun.govkg("search", "-d", changedOut.toString(), "清花");
        assertEquals(0, after.code(), after.err());
        assertFalse(after.out().contains("| 清花高速 "), after.out());
        assertTrue(after.out().contains("清花大道"), after.out());
    }
}
