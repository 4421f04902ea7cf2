package org.govkg.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphOutputTest {

    @Test
    void openingClearsTheTemporaryFilesOfAKilledWriterAndNothingElse(@TempDir Path dir) throws Exception {
        Path dump = Files.writeString(dir.resolve(".govkg.ttl8123456.tmp"), "half a dump");
        Path table = Files.writeString(dir.resolve(".entities.tsv42.tmp"), "half a table");
        Path mine = Files.writeString(dir.resolve(".notes.tmp"), "a user's file");
        Path ttl = Files.writeString(dir.resolve("govkg.ttl"), "# the last dump\n");
        try (GraphOutput out = new GraphOutput(dir, "https://w3id.org/govkg/", List.of())) {
            assertFalse(Files.exists(dump));
            assertFalse(Files.exists(table));
            assertTrue(Files.exists(mine));
            assertTrue(Files.exists(ttl));
        }
    }
}
