package org.govkg.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchDumpTest {
    @Test
    void dump() throws Exception {
        try (var files = Files.list(Path.of("corpus"))) {
            for (Path p : files.sorted().toList()) {
                long t = System.nanoTime();
                SourceDocument d = new Ingestor().read(p);
                System.out.println(p + " " + d.notes() + " chrome=" + Ingestor.chromeLines(
                        Files.readString(p), false) + " ms=" + (System.nanoTime() - t) / 1000000);
                Files.writeString(Path.of("/tmp/norm_" + p.getFileName()), d.text());
            }
        }
    }
}
