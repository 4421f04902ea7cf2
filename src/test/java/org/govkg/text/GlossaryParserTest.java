package org.govkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class GlossaryParserTest {

    @Test
    void numberedBlockAfterHeadingWithEmphasisAndABrokenLine() {
        String text = "一、总结\n名 词 解 释\n1. **“五图表一中心”**：指核酸采样点位图表；流调溯源指挥中心。\n\n"
                + "14. 农村“三块地”改革：指农村承包地、农\n\n村集体经营性建设用地改革。\n";
        List<GlossaryEntry> g = GlossaryParser.parse(text);
        assertEquals(2, g.size());
        assertEquals(new GlossaryEntry("1", "五图表一中心", "指核酸采样点位图表；流调溯源指挥中心。",
                new Span(18, 26), new Span(29, 48)), g.get(0));
        assertEquals("14", g.get(1).marker());
        assertEquals("农村三块地改革", g.get(1).term());
        assertEquals(new Span(54, 63), g.get(1).termSpan());
        assertEquals("指农村承包地、农村集体经营性建设用地改革。", g.get(1).definition());
        assertEquals(new Span(64, 87), g.get(1).definitionSpan());
    }

    @Test
    void bracketNotesAnywhereWithAsciiColon() {
        String text = "正文。\n〔1〕12221市场体系:指建设“1”个农产品大数据。\n﹝9﹞四小园:指建设小菜园。\n";
        List<GlossaryEntry> g = GlossaryParser.parse(text);
        assertEquals(List.of(
                new GlossaryEntry("〔1〕", "12221市场体系", "指建设“1”个农产品大数据。", new Span(7, 16),
                        new Span(17, 31)),
                new GlossaryEntry("﹝9﹞", "四小园", "指建设小菜园。", new Span(35, 38), new Span(39, 46))), g);
    }

    @Test
    void blockEntriesNeedNoZhiButBodyHeadingsAreNotEntries() {
        String text = "1. 经济运行：稳中向好。\n名词解释\n10. “百县千镇万村高质量发展工程”：广东省决定启动实施。\n";
        List<GlossaryEntry> g = GlossaryParser.parse(text);
        assertEquals(1, g.size());
        assertEquals("百县千镇万村高质量发展工程", g.get(0).term());
        assertEquals("广东省决定启动实施。", g.get(0).definition());
    }

    @Test
    void blockEndsAtTheFirstLineThatIsNoEntry() {
        String text = "注释\n1. “双减”：指减轻负担。\n下一段正文。\n2. 经济：稳中向好。\n";
        List<GlossaryEntry> g = GlossaryParser.parse(text);
        assertEquals(1, g.size());
        assertTrue(g.get(0).definition().startsWith("指减轻"));
    }

    @Test
    void headingNamingTheReportAndEntriesDefinedWithJi() {
        String text = "附件2\n《政府工作报告》名词解释\n1、“三品”:即无公害农产品、绿色食品和有机农产品。\n"
                + "2.地区生产总值(GDP):指本地区所有常住单位的最终成果。\n";
        List<GlossaryEntry> g = GlossaryParser.parse(text);
        assertEquals(List.of("三品", "地区生产总值(GDP)"), g.stream().map(GlossaryEntry::term).toList());
        assertEquals("即无公害农产品、绿色食品和有机农产品。", g.get(0).definition());
    }

    @Test
    void numberedBodyLinesThatGiveGuidanceAreNoEntries() {
        String text = "1. 强化政策支持：指导企业用好政策。\n〔2〕稳就业：指出就业形势。\n";
        assertEquals(List.of(), GlossaryParser.parse(text));
    }

    @Test
    void circledMarkersAndEntriesWithoutColon() {
        String text = "本报告名词解释\n①“三铁工程”是指南部通地铁。\n②双百工程：指全覆盖。\n";
        List<GlossaryEntry> g = GlossaryParser.parse(text);
        assertEquals(List.of(
                new GlossaryEntry("①", "三铁工程", "是指南部通地铁。", new Span(9, 15), new Span(15, 23)),
                new GlossaryEntry("②", "双百工程", "指全覆盖。", new Span(25, 29), new Span(30, 35))), g);
    }
}
