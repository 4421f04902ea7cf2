package org.govkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** §6 of the foundation issue: bad inputs are skipped with one line each, the rest still builds. */
class BadInputIT {

    @Test
    void badFilesAreSkippedWithOneLineEachAndTheOthersBuild(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "清远市清城区2025年上半年国民经济和社会发展计划执行情况\n"
                + "石角、龙塘、飞来峡通过评定进入省“百千万工程”第二批典型镇名单。\n", StandardCharsets.UTF_8);
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"),
                new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 0, 1, 2, 3, 0, 0, (byte) 0xff});
        // No BOM (FF FE would announce UTF-16), and invalid in UTF-8, GB18030 and Big5 alike.
        Files.write(in.resolve("garbage.txt"), new byte[] {(byte) 0x80, (byte) 0xff, (byte) 0x80, (byte) 0xff,
            (byte) 0xfe, (byte) 0x80, (byte) 0x81, (byte) 0xff, 0x30, (byte) 0x80, (byte) 0xff, (byte) 0xfa});
        Path missing = tmp.resolve("nowhere.txt");
        Path out = tmp.resolve("out");

        CliRun run = CliRun.govkg("build", in.toString(), missing.toString(), "-o", out.toString());

        assertEquals(1, run.code(), run.err());
        List<String> errorLines = run.err().lines().filter(l -> l.startsWith("build#")).toList();
        assertEquals(4, errorLines.size(), run.err());
        for (String name : List.of("empty.txt", "binary.txt", "garbage.txt", "nowhere.txt")) {
            assertTrue(errorLines.stream().anyMatch(l -> l.contains(name)),
                    name + " not named in:\n" + run.err());
        }
        assertTrue(run.err().contains("built 1 documents"), run.err());
        CliRun table = CliRun.govkg("entities", "-d", out.toString(), "-o", "-");
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().lines().skip(1).allMatch(l -> l.startsWith("good.txt\t")), table.out());
    }

    @Test
    void usageErrorsExitTwo(@TempDir Path tmp) {
        assertEquals(2, CliRun.govkg("build", "-o", tmp.toString()).code());
        assertEquals(2, CliRun.govkg("nonsense").code());
        assertEquals(2, CliRun.govkg("entities", "-d", tmp.resolve("none").toString(), "-o", "-").code());
        assertEquals(0, CliRun.govkg("build", "--help").code());
    }
}
