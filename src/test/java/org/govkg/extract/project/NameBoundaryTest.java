package org.govkg.extract.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.govkg.nlp.Pos;
import org.govkg.nlp.Token;
import org.govkg.text.Span;
import org.junit.jupiter.api.Test;

/** Left edges of names on hand-tagged tokens (HanLP's tag set), exact offsets. */
class NameBoundaryTest {

    /** Tokens from "word/pos" pairs laid end to end from offset 0. */
    private static List<Token> tokens(String... wordPos) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String wp : wordPos) {
            String[] p = wp.split("/");
            out.add(new Token(p[0], new Pos(p[1]), at, at + p[0].length()));
            at += p[0].length();
        }
        return out;
    }

    private static String text(List<Token> tokens) {
        StringBuilder sb = new StringBuilder();
        tokens.forEach(t -> sb.append(t.word()));
        return sb.toString();
    }

    @Test
    void leadVerbEndsTheName() {
        List<Token> t = tokens("推进/vi", "清城区/ns", "飞来峡/ns", "农产品/n", "产业园/n", "建设/vn");
        String s = text(t);
        int head = s.indexOf("产业园");
        assertEquals(2, NameBoundary.start(s, new Span(0, s.length()), t, head, Set.of()));
    }

    @Test
    void verbalNounsAndNameVerbsStayInside() {
        List<Token> t = tokens("完成/v", "石岩庙/ns", "电灌站/n", "扩容/v", "改造/vn", "工程/n");
        String s = text(t);
        assertEquals(2, NameBoundary.start(s, new Span(0, s.length()), t, s.indexOf("工程"), Set.of()));
    }

    @Test
    void otherVerbsEndAProjectName() {
        List<Token> t = tokens("市/n", "做大做强/v", "广清/ns", "合作区/n");
        String s = text(t);
        assertEquals(5, NameBoundary.start(s, new Span(0, s.length()), t, s.indexOf("合作区"), Set.of()));
    }

    @Test
    void roadSectionKeepsItsZhi() {
        List<Token> t = tokens("国道/n", "G/nx", "107/m", "线/n", "新基/ns", "至/p", "国泰/ns", "段/q", "改建/v",
                "工程/n");
        String s = text(t);
        assertEquals(0, NameBoundary.start(s, new Span(0, s.length()), t, s.indexOf("工程"), Set.of()));
    }

    @Test
    void organisationNamesStopAtVerbsAndKeepTheirAnd() {
        List<Token> t = tokens("获/v", "清远市/ns", "发展/vn", "和/cc", "改革局/nis");
        String s = text(t);
        int head = s.indexOf("局");
        assertEquals(1, NameBoundary.start(s, new Span(0, s.length()), t, head, Set.of("和"), true));
        assertEquals(7, NameBoundary.start(s, new Span(0, s.length()), t, head, Set.of(), true));
    }

    @Test
    void leadingYearAndCountAreDropped() {
        List<Token> t = tokens("2025年/m", "省商务厅/nt");
        String s = text(t);
        assertEquals(5, NameBoundary.trim(s, t, 0, s.length()));
        assertEquals(true, NameBoundary.startsWithCount("66项重点建设项目"));
    }
}
