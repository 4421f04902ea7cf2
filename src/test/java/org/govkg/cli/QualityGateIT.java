package org.govkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.govkg.evaluate.GoldSet;
import org.govkg.evaluate.Scorer;
import org.govkg.export.EntityTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The regression gate of extraction quality: builds the bundled corpus and the devset and fails when a
 * score falls below its floor in {@code src/test/resources/quality-floors.tsv}. Not a target, and no
 * timing: only that what worked keeps working.
 */
class QualityGateIT {

    private static final Path FLOORS = Path.of("src/test/resources/quality-floors.tsv");

    /** Each gold set's documents and gold directory. */
    private static final Map<String, List<Path>> SETS = Map.of(
            "corpus", List.of(Path.of("corpus"), Path.of("src/test/resources/gold")),
            "devset", List.of(Path.of("src/test/resources/devset/docs"),
                    Path.of("src/test/resources/devset")));

    @Test
    void everyScoreStaysAtOrAboveItsFloor(@TempDir Path tmp) throws IOException {
        List<String[]> floors = Files.readAllLines(FLOORS, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t")).toList();
        List<String> below = new ArrayList<>();
        List<String> report = new ArrayList<>();
        for (String set : SETS.keySet().stream().sorted().toList()) {
            Path out = tmp.resolve(set);
            CliRun run = CliRun.govkg("build", SETS.get(set).get(0).toString(), "-o", out.toString());
            assertTrue(Files.exists(out.resolve("entities.tsv")), set + " did not build: " + run.err());
            List<GoldSet> gold = GoldSet.find(SETS.get(set).get(1));
            assertEquals(1, gold.size(), set + ": one gold set expected");
            Scorer.Result result = Scorer.score(gold.get(0).files(), EntityTable.readFile(out.resolve(
                    EntityTable.FILE)));
            for (String[] f : floors) {
                if (!f[0].equals(set)) {
                    continue;
                }
                double score = switch (f[1]) {
                    case "codeAccuracy" -> result.codeAccuracy();
                    case "definitionAgreement" -> result.definitionAgreement();
                    default -> {
                        assertTrue(result.byType().containsKey(f[1]),
                                "unknown metric " + f[1] + " in " + FLOORS);
                        yield result.byType().get(f[1]).f1();
                    }
                };
                double floor = Double.parseDouble(f[2]);
                String line = String.format(Locale.ROOT, "%s %s %.3f (floor %.3f)", set, f[1], score, floor);
                report.add(line);
                if (score < floor) {
                    below.add(line);
                }
            }
        }
        assertTrue(SETS.keySet().stream().allMatch(s -> floors.stream().anyMatch(f -> f[0].equals(s))),
                "a gold set without floors in " + FLOORS);
        assertEquals(List.of(), below, "scores below their floor; all: " + report);
    }
}
