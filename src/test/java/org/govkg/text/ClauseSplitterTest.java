package org.govkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Clause cuts with exact offsets on inline strings. */
class ClauseSplitterTest {

    private static Span all(String s) {
        return new Span(0, s.length());
    }

    @Test
    void clausesCutAtCommasAndSemicolonsButNotInsideParentheses() {
        String s = "推进A项目（一期，二期），B工程；C";
        assertEquals(List.of(new Span(0, 12), new Span(13, 16), new Span(17, 18)),
                ClauseSplitter.CLAUSES.split(s, all(s)));
    }

    @Test
    void splitDropsEmptyPartsAndKeepingEmptyBehavesLikeStringSplit() {
        String s = "，甲，，乙，";
        assertEquals(List.of(new Span(1, 2), new Span(4, 5)), ClauseSplitter.CLAUSES.split(s, all(s)));
        assertEquals(List.of(new Span(0, 0), new Span(1, 2), new Span(3, 3), new Span(4, 5), new Span(6, 6)),
                ClauseSplitter.CLAUSES_NOT_AT_COLON.splitKeepingEmpty(s, all(s)));
    }

    @Test
    void scansFindThePartAroundAnOffset() {
        String s = "甲乙，丙丁、戊；己";
        assertEquals(3, ClauseSplitter.CLAUSES.startBefore(s, all(s), 6));
        assertEquals(6, ClauseSplitter.CLAUSES_AND_ITEMS.startBefore(s, all(s), 7));
        assertEquals(7, ClauseSplitter.CLAUSES.endAfter(s, all(s), 3));
        assertEquals(9, ClauseSplitter.PARTS.endAfter(s, all(s), 8));
        assertEquals(0, ClauseSplitter.PARTS.startBefore(s, all(s), 6));
    }
}
