package org.govkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class StructureParserTest {

    private static List<String> sentences(String text) {
        return StructureParser.parse(text).sentences().stream().map(s -> s.span().of(text)).toList();
    }

    @Test
    void sectionsWithLevelsParentsAndSpans() {
        String text = "报告\n一、回顾\n（一）经济运行。稳中有进。\n1.工业增长。规上增加值增长。\n(二)民生\n二、计划\n1、项目";
        TextStructure st = StructureParser.parse(text);
        List<Section> sec = st.sections();
        assertEquals(6, sec.size());
        assertEquals(new Section(0, 1, "一、", "回顾", new Span(3, 44), -1), sec.get(0));
        assertEquals(new Section(1, 2, "（一）", "经济运行", new Span(8, 38), 0), sec.get(1));
        assertEquals(new Section(2, 3, "1.", "工业增长", new Span(22, 38), 1), sec.get(2));
        assertEquals(new Section(3, 2, "(二)", "民生", new Span(38, 44), 0), sec.get(3));
        assertEquals(new Section(4, 1, "二、", "计划", new Span(44, 53), -1), sec.get(4));
        assertEquals(new Section(5, 3, "1、", "项目", new Span(49, 53), 4), sec.get(5));
        assertEquals("一、回顾", sec.get(0).span().of(text).substring(0, 4));
        assertEquals(-1, st.paragraphs().get(0).section());
        assertEquals(2, st.paragraphs().get(3).section());
    }

    @Test
    void backMatterClosesOpenSections() {
        String text = "一、回顾\n1.工业。\n名 词 解 释\n1. “三铁工程”：指铁路。";
        TextStructure st = StructureParser.parse(text);
        assertEquals(new Span(0, 11), st.sections().get(0).span());
        assertEquals(new Span(5, 11), st.sections().get(1).span());
        assertEquals(new Section(2, 3, "1.", "“三铁工程”：指铁路", new Span(19, 33), -1), st.sections().get(2));
        assertEquals(-1, st.paragraphs().get(2).section());
    }

    @Test
    void decimalNumbersAndYearsAreNotHeadings() {
        TextStructure st = StructureParser.parse("1.5亿元投入使用\n2022年是关键之年\n一是抓项目");
        assertEquals(0, st.sections().size());
    }

    @Test
    void paragraphsAreTrimmedLines() {
        String text = "  标题 \n\n  第二段。";
        TextStructure st = StructureParser.parse(text);
        assertEquals(List.of(new Paragraph(0, new Span(2, 4), -1), new Paragraph(1, new Span(9, 13), -1)),
                st.paragraphs());
    }

    @Test
    void sentencesEndAtTerminatorsAndLineEnds() {
        String text = "上半年增长3.4%；投资下降。规模以上工业增长\n你好吗？很好！";
        TextStructure st = StructureParser.parse(text);
        assertEquals(List.of("上半年增长3.4%；", "投资下降。", "规模以上工业增长", "你好吗？", "很好！"), sentences(text));
        Sentence third = st.sentences().get(2);
        assertEquals(new Sentence(2, new Span(15, 23), 0, -1), third);
        assertEquals(new Sentence(3, new Span(24, 28), 1, -1), st.sentences().get(3));
        assertEquals(3, st.sentenceAt(25));
    }

    @Test
    void quotationsAndBracketsHoldTheirTerminators() {
        String text = "落实“疫情要防住。经济要稳住。”要求。他说（见附件。）完毕。";
        assertEquals(List.of("落实“疫情要防住。经济要稳住。”要求。", "他说（见附件。）完毕。"), sentences(text));
    }

    @Test
    void closingQuoteAfterTerminatorStaysWithItsSentence() {
        String text = "他说：“好。”我们走。";
        assertEquals(List.of("他说：“好。”我们走。"), sentences(text));
        String unbalanced = "推进“三个一工程。下一步。";
        assertEquals(List.of("推进“三个一工程。", "下一步。"), sentences(unbalanced));
        String trailing = "这是结论。”下一句。";
        assertEquals(List.of("这是结论。”", "下一句。"), sentences(trailing));
    }

    @Test
    void aSentenceWithoutPunctuationIsCutAtTheBoundPreferablyAfterAClauseMark() {
        String unit = "清远市清城区东城街道";
        String text = unit.repeat(250);
        List<String> pieces = sentences(text);
        assertEquals(3, pieces.size());
        assertEquals(text, String.join("", pieces));
        pieces.forEach(p -> assertEquals(true, p.length() <= StructureParser.MAX_SENTENCE, p.length() + ""));
        String listed = ("清远第一号道路改造工程" + "、").repeat(200) + "等项目。";
        List<String> items = sentences(listed);
        assertEquals(true, items.size() > 1);
        for (int k = 0; k + 1 < items.size(); k++) {
            assertEquals('、', items.get(k).charAt(items.get(k).length() - 1), items.get(k));
            assertEquals(true, items.get(k).length() <= StructureParser.MAX_SENTENCE);
        }
        assertEquals(listed, String.join("", items));
    }

    @Test
    void aSentenceUpToTheBoundIsNeverCut() {
        String exact = "清".repeat(StructureParser.MAX_SENTENCE - 1) + "。";
        assertEquals(List.of(exact), sentences(exact));
        String over = "清".repeat(StructureParser.MAX_SENTENCE) + "。";
        assertEquals(List.of(over.substring(0, StructureParser.MAX_SENTENCE), "。"), sentences(over));
    }
}
