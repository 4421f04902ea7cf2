package org.govkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.govkg.ingest.Ingestor;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: inputs someone else put in a folder. Each bad one is skipped with one line naming it and
 * why, the others build, and the build validates; the output directory's problems are named exactly.
 */
class HostileInputIT {

    private static final String REPORT = "清远市2024年政府工作报告\n今年全面实施百千万工程，推进清远大道改造工程建设。\n"
            + "石角、龙塘、飞来峡通过评定进入省“百千万工程”第二批典型镇名单。\n";

    private static boolean run(String... command) throws InterruptedException {
        try {
            return new ProcessBuilder(command).inheritIO().start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> problemLines(CliRun run) {
        return run.err().lines().filter(l -> l.startsWith("build#")).toList();
    }

    @Test
    void specialFilesOddNamesAndEncodingsAreSkippedOrRead(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.txt"), REPORT);
        Path fifo = in.resolve("pipe.txt");
        Assumptions.assumeTrue(run("mkfifo", fifo.toString()), "mkfifo not available");
        Path zero = Files.createSymbolicLink(in.resolve("zero.txt"), Path.of("/dev/zero"));
        byte[] utf32 = REPORT.getBytes(Charset.forName("UTF-32LE"));
        byte[] bom = new byte[utf32.length + 4];
        bom[0] = (byte) 0xFF;
        bom[1] = (byte) 0xFE;
        System.arraycopy(utf32, 0, bom, 4, utf32.length);
        Files.write(in.resolve("utf32.txt"), bom);
        Files.write(in.resolve("utf16.txt"), REPORT.getBytes(StandardCharsets.UTF_16LE));
        Files.writeString(in.resolve("new\nline.txt"), REPORT);
        Path big = Files.writeString(in.resolve("big.txt"), REPORT.repeat(100));
        Path out = tmp.resolve("out");

        CliRun build = CliRun.govkg("build", in.toString(), fifo.toString(), "-o", out.toString(),
                "--max-size", "5k", "-t", "2");

        assertEquals(1, build.code(), build.err());
        List<String> problems = problemLines(build);
        assertEquals(3, problems.size(), build.err());
        assertTrue(problems.contains("build#INPUT " + fifo
                + ": not a regular file: a FIFO (named pipe), not read"), build.err());
        assertTrue(problems.contains("build#INPUT " + zero
                + ": not a regular file: a character device (symbolic link to /dev/zero), not read"),
                build.err());
        assertTrue(problems.contains("build#TOO-LARGE " + big + ": " + Ingestor.sizeText(Files.size(big))
                + ", more than the limit of 5 KB (--max-size); not read"), build.err());
        assertTrue(build.err().contains("new\\nline.txt: 3 sentences"), build.err());
        assertTrue(build.err().contains("built 4 documents"), build.err());
        CliRun validate = CliRun.govkg("validate", "-d", out.toString());
        assertEquals(0, validate.code(), validate.out() + validate.err());
        String table = Files.readString(out.resolve("entities.tsv"));
        assertTrue(table.contains("utf32.txt\tProgram\t") && table.contains("utf16.txt\tProgram\t"), table);
        assertFalse(table.contains("\u0000"), table);
        // JUnit warns about a link out of its temporary directory; the test removes its own.
        Files.delete(zero);
    }

    @Test
    void namesThatAreNotUtf8StayApart(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        // GBK 清 and 青 + 远: on a UTF-8 system both names read back as the same run of U+FFFD
        Assumptions.assumeTrue(run("sh", "-c", "cd '" + in + "'"
                + " && printf 'x' > \"$(printf 'g\\307\\345.txt')\""
                + " && printf 'x' > \"$(printf 'g\\307\\340.txt')\""), "no shell");
        for (Path p : Files.list(in).toList()) {
            Files.writeString(p, REPORT);
        }
        CliRun build = CliRun.govkg("build", in.toString(), "-o", tmp.resolve("out").toString(), "-t", "1");
        assertEquals(0, build.code(), build.err());
        assertTrue(build.err().contains("g%C7%E5.txt: ") && build.err().contains("g%C7%E0.txt: "),
                build.err());
        assertTrue(build.err().contains("built 2 documents"), build.err());
    }

    @Test
    void aFileAsOutputDirectoryIsNamed(@TempDir Path tmp) throws IOException {
        Path good = Files.writeString(tmp.resolve("good.txt"), REPORT);
        Path file = Files.writeString(tmp.resolve("file"), "x");
        CliRun build = CliRun.govkg("build", good.toString(), "-o", file.toString());
        assertEquals(1, build.code());
        assertEquals("build#ERROR not a directory: " + file.toAbsolutePath() + "\n", build.err());
    }

    /** A read-only and a full file system, where this process may mount them (root); skipped elsewhere. */
    @Test
    void aReadOnlyOrFullOutputFileSystemIsNamed(@TempDir Path tmp) throws Exception {
        Path good = Files.writeString(tmp.resolve("good.txt"), REPORT);
        Path ro = Files.createDirectories(tmp.resolve("ro"));
        Path full = Files.createDirectories(tmp.resolve("full"));
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", ro.toString()),
                "cannot mount (not root)");
        try {
            CliRun build = CliRun.govkg("build", good.toString(), "-o", ro.resolve("out").toString());
            assertEquals(1, build.code());
            assertEquals("build#ERROR read-only file system: cannot create " + ro.resolve("out") + "\n",
                    build.err());
        } finally {
            run("umount", ro.toString());
        }
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", full.toString()));
        try {
            CliRun build = CliRun.govkg("build", good.toString(), "-o", full.resolve("out").toString());
            assertEquals(1, build.code());
            List<String> lines = build.err().lines().filter(l -> !l.startsWith("[")).toList();
            assertEquals(1, lines.size(), build.err());
            assertTrue(lines.get(0).startsWith("build#ERROR No space left on device while writing "
                    + full.resolve("out")), build.err());
        } finally {
            run("umount", full.toString());
        }
    }
}
