package org.govkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputScannerTest {

    @TempDir
    Path dir;

    @Test
    void expandsDirectoriesRecursivelySortedAndReportsBadPaths() throws IOException {
        Path sub = Files.createDirectories(dir.resolve("b/c"));
        Path t1 = Files.writeString(dir.resolve("z.txt"), "x");
        Path t2 = Files.writeString(sub.resolve("a.HTM"), "x");
        Path t3 = Files.writeString(dir.resolve("b/page.html"), "x");
        Files.writeString(dir.resolve("notes.md"), "x");
        Path pdf = Files.writeString(dir.resolve("report.xls"), "x");
        Path missing = dir.resolve("missing.txt");

        InputScanner.Result r = InputScanner.scan(List.of(dir, t1, missing, pdf));

        assertEquals(List.of(t2, t3, t1), r.files());
        assertEquals(List.of(new InputScanner.Problem(missing, "no such file or directory"),
                new InputScanner.Problem(pdf,
                        "not a .txt, .html, .htm, .pdf, .docx, .doc, .odt, .wps, .rtf file")),
                r.problems());
    }

    /** mkfifo(1), for a real FIFO; absent on some systems. */
    private static boolean mkfifo(Path p) throws IOException, InterruptedException {
        try {
            return new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void devicesAndFifosAreSkippedWithALineInADirectoryAndAsArguments() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), "x");
        Path fifo = dir.resolve("pipe.txt");
        Assumptions.assumeTrue(mkfifo(fifo), "mkfifo not available");
        Path zero = Files.createSymbolicLink(dir.resolve("zero.txt"), Path.of("/dev/zero"));
        Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero");

        InputScanner.Result inDir = InputScanner.scan(List.of(dir));
        InputScanner.Result asArgs = InputScanner.scan(List.of(fifo, zero, good));

        for (InputScanner.Result r : List.of(inDir, asArgs)) {
            assertEquals(List.of(good), r.files());
            assertEquals(List.of(
                    new InputScanner.Problem(fifo, "not a regular file: a FIFO (named pipe), not read"),
                    new InputScanner.Problem(zero,
                            "not a regular file: a character device (symbolic link to /dev/zero), not read")),
                    r.problems().stream().sorted(java.util.Comparator.comparing(p -> p.path().toString()))
                            .toList());
        }
        // both in a directory and given by itself: one line
        assertEquals(2, InputScanner.scan(List.of(dir, fifo, zero)).problems().size());
        // JUnit warns about a link out of its temporary directory; the test removes its own.
        Files.delete(zero);
    }

    @Test
    void aDirectoryThatCannotBeListedSkipsOnlyItself() throws IOException {
        Path locked = Files.createDirectories(dir.resolve("a/locked"));
        Files.writeString(locked.resolve("hidden.txt"), "x");
        Path open = Files.writeString(Files.createDirectories(dir.resolve("a/open")).resolve("r.txt"), "x");
        Path top = Files.writeString(dir.resolve("top.txt"), "x");
        boolean root = "root".equals(System.getProperty("user.name"));
        InputScanner.Result r;
        if (!root && locked.toFile().setReadable(false, false) && !Files.isReadable(locked)) {
            // the real thing where permissions deny reading
            try {
                r = InputScanner.scan(List.of(dir));
            } finally {
                locked.toFile().setReadable(true, false);
            }
        } else {
            // root reads everything: the file system's listing fails for this one directory as it would
            r = InputScanner.scan(List.of(dir), d -> {
                if (d.equals(locked)) {
                    throw new AccessDeniedException(d.toString());
                }
                try (var s = Files.list(d)) {
                    return s.toList();
                }
            });
        }
        assertEquals(List.of(open, top), r.files());
        assertEquals(List.of(new InputScanner.Problem(locked, "cannot list directory: permission denied")),
                r.problems());
    }
}
