package org.govkg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildDirectoryTest {

    private static final String KEY = "0123456789abcdef0123";

    @Test
    void aGenerationIsInvisibleUntilPublishedAndThenReplacesTheCurrentOneWhole(@TempDir Path tmp)
            throws IOException {
        Path dir = tmp.resolve("out");
        BuildDirectory bd = BuildDirectory.at(dir);
        assertEquals(Optional.empty(), bd.current());
        try (BuildDirectory.Writer w = bd.lock()) {
            Path first = w.newGeneration();
            Files.writeString(first.resolve("govkg.ttl"), "one\n");
            assertEquals(Optional.empty(), bd.current(), "not yet published");
            w.publish(first);
            assertEquals(first.toRealPath(), bd.current().orElseThrow());
            assertEquals("one\n", Files.readString(dir.resolve("govkg.ttl")));

            Path second = w.newGeneration();
            Files.writeString(second.resolve("govkg.ttl"), "two\n");
            Files.writeString(second.resolve("govkg.nq"), "quads\n");
            assertEquals("one\n", Files.readString(dir.resolve("govkg.ttl")), "readers still see the first");
            w.publish(second);
            assertEquals("two\n", Files.readString(dir.resolve("govkg.ttl")));
            assertTrue(Files.exists(dir.resolve("govkg.nq")));

            Path third = w.newGeneration();
            Files.writeString(third.resolve("govkg.ttl"), "three\n");
            w.publish(third);
            // A format the new generation does not have is gone, not stale; the oldest generation is removed.
            assertFalse(Files.exists(dir.resolve("govkg.nq"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
            assertFalse(Files.exists(first));
            assertTrue(Files.exists(second), "the one before the current is kept for readers that opened it");
        }
    }

    @Test
    void whatAKilledBuildLeftIsRemovedByTheNextOneAndTheCurrentGenerationStays(@TempDir Path tmp)
            throws IOException {
        Path dir = tmp.resolve("out");
        Path published;
        Path unpublished;
        try (BuildDirectory.Writer w = BuildDirectory.at(dir).lock()) {
            published = w.newGeneration();
            Files.writeString(published.resolve("govkg.ttl"), "kept\n");
            w.publish(published);
            unpublished = w.newGeneration();
            Files.writeString(unpublished.resolve("govkg.ttl"), "half");
            w.cache().put(KEY, Map.of("run", out -> out.write(1)), new StoredDocument("a.txt", "g", 1, 1, 1));
            Files.writeString(w.cache().file(KEY, "run").resolveSibling(".x.tmp"), "half an entry");
        }
        try (BuildDirectory.Writer w = BuildDirectory.at(dir).lock()) {
            assertFalse(Files.exists(unpublished));
            assertTrue(w.cache().has(KEY), "finished documents survive for the resumed build");
            assertFalse(Files.exists(w.cache().file(KEY, "run").resolveSibling(".x.tmp")));
            assertEquals("kept\n", Files.readString(dir.resolve("govkg.ttl")));
            w.cache().retain(Set.of());
            assertFalse(w.cache().has(KEY));
        }
    }

    @Test
    void oneBuildAtATimeAndNeverIntoSomeoneElsesDirectory(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("out");
        try (BuildDirectory.Writer w = BuildDirectory.at(dir).lock()) {
            IOException e = assertThrows(IOException.class, () -> BuildDirectory.at(dir).lock());
            assertTrue(e.getMessage().contains("another govkg build"), e.getMessage());
        }
        Path home = Files.createDirectories(tmp.resolve("home"));
        Files.writeString(home.resolve("notes.txt"), "mine");
        IOException e = assertThrows(IOException.class, () -> BuildDirectory.at(home).lock());
        assertEquals(home + " is not empty and holds no govkg build; give a new or empty output directory",
                e.getMessage());
        Path file = Files.writeString(tmp.resolve("file"), "x");
        e = assertThrows(IOException.class, () -> BuildDirectory.at(file).lock());
        assertEquals("not a directory: " + file, e.getMessage());
    }

    @Test
    void anEntryIsCompleteOnlyWithItsSummary(@TempDir Path tmp) throws IOException {
        try (BuildDirectory.Writer w = BuildDirectory.at(tmp.resolve("out")).lock()) {
            DocumentCache cache = w.cache();
            Files.createDirectories(cache.file(KEY, "run").getParent());
            Files.writeString(cache.file(KEY, "run"), "a run without its summary");
            assertFalse(cache.has(KEY));
            assertEquals(Optional.empty(), cache.get(KEY));
            StoredDocument s = new StoredDocument("2023/报告.txt", "https://x/graph/2023/报告.txt", 7, 2, 3);
            cache.put(KEY, Map.of(), s);
            assertEquals(Optional.of(s), cache.get(KEY));
        }
    }
}
