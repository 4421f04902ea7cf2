package org.govkg.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunMergeTest {

    @Test
    void runsBeyondOnePassMergeInPassesToOneSortedDistinctStream(@TempDir Path dir) throws IOException {
        List<Path> runs = new ArrayList<>();
        TreeSet<String> expected = new TreeSet<>();
        // 2.5 passes' worth of runs, each sorted, overlapping so that duplicates cross runs and passes.
        for (int r = 0; r < RunMerge.FAN_IN * 5 / 2; r++) {
            TreeSet<String> lines = new TreeSet<>();
            for (int i = 0; i < 20; i++) {
                lines.add("A" + ((r * 7 + i * 13) % 400) + "\tline");
            }
            lines.add("Zshared\t" + (r % 3));
            expected.addAll(lines);
            runs.add(Files.write(dir.resolve("r" + r + ".run"), lines));
        }
        List<String> merged = new ArrayList<>();
        RunMerge.merge(runs, dir, merged::add);
        assertEquals(new ArrayList<>(expected), merged);
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(runs.size(), left.count(), "the intermediate files are removed");
        }
    }
}
