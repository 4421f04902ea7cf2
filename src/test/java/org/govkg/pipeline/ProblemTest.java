package org.govkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void aFailureNamesTheExceptionItsMessageAndTheFirstFrameOfOurCode() {
        RuntimeException e = new IllegalStateException("no region\nfor doc");
        e.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("java.util.ImmutableCollections", "uoe", "ImmutableCollections.java", 142),
            new StackTraceElement("org.govkg.resolve.PlaceLinker", "decide", "PlaceLinker.java", 98),
            new StackTraceElement("org.govkg.resolve.EntityResolver", "resolve", "EntityResolver.java", 30)});
        Problem p = Problem.failed(Path.of("in/a.txt"), e);
        assertEquals("build#FAILED in/a.txt: processing failed: "
                + "java.lang.IllegalStateException: no region for doc"
                + " at org.govkg.resolve.PlaceLinker.decide(PlaceLinker.java:98)", p.line());
        assertSame(e, p.cause().orElseThrow());
    }

    @Test
    void aFailureFromARealCallNamesTheLineThatThrew() {
        Problem p;
        try {
            List.of().removeIf(x -> true);
            throw new AssertionError("List.of() is mutable");
        } catch (UnsupportedOperationException e) {
            p = Problem.failed(Path.of("b.txt"), e);
        }
        assertTrue(p.reason().matches("processing failed: java.lang.UnsupportedOperationException"
                + " at org\\.govkg\\.pipeline\\.ProblemTest\\.\\w+\\(ProblemTest\\.java:\\d+\\)"),
                p.reason());
    }

    @Test
    void aLineIsOneLineWhateverThePathOrReasonHolds() {
        Problem p = new Problem("UNREADABLE", Path.of("in/new\nline.txt"), "bad\rreason");
        assertEquals("build#UNREADABLE in/new\\nline.txt: bad\\rreason", p.line());
    }
}
