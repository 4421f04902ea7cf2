package org.govkg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one comment rule and the loud failure. */
class ResourceLinesTest {

    @Test
    void commentsAndBlankLinesAreSkippedAndLinesKeptOnce() {
        List<String> lines = ResourceLines.of("/projects/target-words.txt");
        assertEquals("力促", lines.get(0));
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("#") || l.isBlank()));
        assertSame(lines, ResourceLines.of("/projects/target-words.txt"));
    }

    @Test
    void pairsSplitAtTheTab() {
        assertEquals("river", ResourceLines.pairs("/places/suffixes.tsv").get("河"));
    }

    @Test
    void missingResourceNamesItself() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ResourceLines.of("/no/such.txt"));
        assertEquals("missing resource /no/such.txt", e.getMessage());
    }
}
