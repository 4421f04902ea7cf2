package org.govkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {

    @Test
    void aFileGivenAsOutputDirectoryIsNamed(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("f"), "x");
        IOException e = assertThrows(IOException.class, () -> OutputDirectory.prepare(file));
        assertEquals("not a directory: " + file.toAbsolutePath(), e.getMessage());
        IOException below = assertThrows(IOException.class,
                () -> OutputDirectory.prepare(file.resolve("out")));
        assertEquals("not a directory: " + file.toAbsolutePath(), below.getMessage());
    }

    @Test
    void aMissingOutputDirectoryIsCreated(@TempDir Path tmp) throws IOException {
        OutputDirectory.prepare(tmp.resolve("a/b"));
        assertEquals(true, Files.isDirectory(tmp.resolve("a/b")));
    }

    /** The messages of the file system's own exceptions (as Linux words them) become one-line reasons. */
    @Test
    void fileSystemFailuresBecomeReasonsNamingThePath() {
        Path p = Path.of("/data/out");
        assertEquals("permission denied: cannot write in /data/out",
                OutputDirectory.reason(new AccessDeniedException(p + "/x"), "cannot write in", p));
        assertEquals("read-only file system: cannot write in /data/out", OutputDirectory.reason(
                new FileSystemException(p + "/x", null, "Read-only file system"), "cannot write in", p));
        assertEquals("No space left on device while writing /data/out/govkg.ttl",
                OutputDirectory.writeFailure(new UncheckedIOException(
                        new FileSystemException("/data/out/govkg.ttl", null, "No space left on device")), p));
        assertEquals("No space left on device while writing /data/out", OutputDirectory.writeFailure(
                new IllegalStateException(new IOException("No space left on device")), p));
        assertNull(OutputDirectory.writeFailure(new IllegalStateException("other"), p));
    }
}
