package org.govkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.govkg.extract.Extraction;
import org.govkg.extract.Extractor;
import org.govkg.ingest.Ingestor;
import org.govkg.ingest.SourceDocument;
import org.govkg.resolve.EntityResolver;
import org.govkg.text.Cancellation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: no single document stops the build. A document over its time limit, or one that exhausts the
 * heap or the stack, ends with {@link DocumentProcessor.Skipped}; the worker thread is clean for the next.
 */
class DocumentBoundsIT {

    private static final String REPORT = "清远市2024年政府工作报告\n今年全面实施百千万工程，推进清远大道改造工程建设。\n";

    private static SourceDocument doc(Path dir) throws Exception {
        return new Ingestor().read(Files.writeString(dir.resolve("r.txt"), REPORT));
    }

    private static DocumentProcessor with(Extractor e) {
        return new DocumentProcessor(List.of(e), List.of(), new EntityResolver(List.of()));
    }

    /** Loops as a per-sentence loop over an endless document would. */
    private static final Extractor ENDLESS = doc -> {
        while (true) {
            Cancellation.check();
            Thread.onSpinWait();
        }
    };

    @Test
    void aDocumentOverItsTimeIsSkippedAndTheThreadGoesOn(@TempDir Path dir) throws Exception {
        SourceDocument d = doc(dir);
        DocumentProcessor.Skipped s = assertThrows(DocumentProcessor.Skipped.class,
                () -> with(ENDLESS).withTimeLimit(Duration.ofMillis(300)).process(d));
        assertEquals("TIMEOUT", s.id());
        assertEquals("processing took longer than the limit of 0.3 s (--doc-timeout); skipped",
                s.getMessage());
        assertFalse(Thread.currentThread().isInterrupted());
        // the same thread, the standard stages, a generous limit: the next document builds
        assertTrue(Pipeline.standard().withTimeLimit(Duration.ofMinutes(5)).process(d).mentions().size() > 0);
        assertFalse(Thread.currentThread().isInterrupted());
        assertEquals("build#TIMEOUT " + d.path() + ": " + s.getMessage(), Problem.failed(d.path(), s).line());
    }

    @Test
    void runningOutOfHeapOrStackSkipsTheDocument(@TempDir Path dir) throws Exception {
        SourceDocument d = doc(dir);
        // a real OutOfMemoryError, without filling the heap of the test JVM
        Extractor greedy = doc -> {
            long[] huge = new long[Integer.MAX_VALUE];
            return huge[0] == 0 ? new Extraction(List.of(), List.of(), List.of()) : null;
        };
        DocumentProcessor.Skipped oom = assertThrows(DocumentProcessor.Skipped.class,
                () -> with(greedy).process(d));
        assertEquals("FAILED", oom.id());
        assertTrue(oom.getMessage().startsWith("ran out of memory ("), oom.getMessage());
        Extractor deep = new Extractor() {
            @Override
            public Extraction extract(org.govkg.extract.AnalyzedDocument doc) {
                return deeper(0);
            }

            private Extraction deeper(int n) {
                return n < 0 ? null : deeper(n + 1);
            }
        };
        DocumentProcessor.Skipped soe = assertThrows(DocumentProcessor.Skipped.class,
                () -> with(deep).process(d));
        assertEquals("ran out of stack (java.lang.StackOverflowError); skipped", soe.getMessage());
        assertTrue(Pipeline.standard().process(d).mentions().size() > 0);
    }
}
