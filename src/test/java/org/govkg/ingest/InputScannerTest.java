package org.govkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
}
