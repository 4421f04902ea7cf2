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

    @Test
    void leadLineOpensTermsOnOneLineWithTheDefinitionOnTheNext() {
        String text = "看看报告里的名词解释吧!\n四个城市\n国家中心城市、世界文化名城。\n1、“东数西算”工程\n"
                + "“数”指的是数据，\n即算力。\n";
        assertEquals(List.of(
                new GlossaryEntry("", "四个城市", "国家中心城市、世界文化名城。", new Span(13, 17),
                        new Span(18, 32)),
                new GlossaryEntry("1", "东数西算工程", "“数”指的是数据，即算力。", new Span(35, 43),
                        new Span(44, 58))), GlossaryParser.parse(text));
    }

    @Test
    void termAndDefinitionLinesNeedALeadOrHeading() {
        String text = "工作回顾\n2018年，我们坚持稳中求进。\n";
        assertEquals(List.of(), GlossaryParser.parse(text));
    }

    @Test
    void numberedRunOfCoinedTermsWithoutHeadingEndsBeforeTheSalutation() {
        String text = "1.“三个着力”重要要求:2013年5月\n2.六稳:稳就业、稳金融\n3.PK体系:以飞腾处理器为核心\n"
                + "各位代表:\n现在,我代表区人民政府。\n";
        List<GlossaryEntry> g = GlossaryParser.parse(text);
        assertEquals(g, GlossaryParser.parse(text.replace("各位代表:\n", "")));
        assertEquals(List.of("三个着力重要要求", "六稳", "PK体系"), g.stream().map(GlossaryEntry::term).toList());
        assertEquals(new GlossaryEntry("1", "三个着力重要要求", "2013年5月", new Span(2, 12), new Span(13, 20)),
                g.get(0));
        assertEquals(new GlossaryEntry("3", "PK体系", "以飞腾处理器为核心", new Span(36, 40), new Span(41, 50)),
                g.get(2));
    }

    @Test
    void numberedRunOfOrdinaryTopicsIsNoGlossary() {
        String text = "1.经济运行:稳中向好\n2.产业发展:持续壮大\n3.民生保障:不断改善\n";
        assertEquals(List.of(), GlossaryParser.parse(text));
    }

    @Test
    void fullWidthSquareParenthesisedAndCaretMarkers() {
        String text = "［1］“双减”：指减轻负担。\n⑴六稳：指稳就业。\n^[2]三品:指无公害农产品。\n";
        assertEquals(List.of(
                new GlossaryEntry("［1］", "双减", "指减轻负担。", new Span(3, 7), new Span(8, 14)),
                new GlossaryEntry("⑴", "六稳", "指稳就业。", new Span(16, 18), new Span(19, 24)),
                new GlossaryEntry("^[2]", "三品", "指无公害农产品。", new Span(29, 31), new Span(32, 40))),
                GlossaryParser.parse(text));
    }

    @Test
    void quotedTermFollowedDirectlyByZhi() {
        String text = "名词解释\n1.“三铁工程”指南部通地铁。\n";
        assertEquals(List.of(new GlossaryEntry("1", "三铁工程", "指南部通地铁。", new Span(7, 13), new Span(13, 20))),
                GlossaryParser.parse(text));
    }

    @Test
    void entryNamingTwoTermsGivesOneEntryEach() {
        String text = "名词解释\n17.科技英才领航工程和“双千”计划：科技英才领航工程是指支持人才。“双千”计划是指千项合作。\n";
        assertEquals(List.of(
                new GlossaryEntry("17", "科技英才领航工程", "是指支持人才。", new Span(8, 16), new Span(32, 39)),
                new GlossaryEntry("17", "双千计划", "是指千项合作。", new Span(17, 23), new Span(45, 52))),
                GlossaryParser.parse(text));
    }

    @Test
    void twoTermsJoinedByEnumerationCommaStayOneEntry() {
        String text = "名词解释\n1.“一地、两区”：“一地”，指腹地；“两区”，指样板区。\n";
        assertEquals(List.of("一地、两区"), GlossaryParser.parse(text).stream().map(GlossaryEntry::term).toList());
    }

    @Test
    void notesInParenthesesAfterTheQuotedTerms() {
        String text = "落实“五个坚持”、“六个稳”要求（五个坚持：坚持稳中求进；六个稳：稳就业、稳金融）。\n";
        assertEquals(List.of(
                new GlossaryEntry("", "五个坚持", "坚持稳中求进", new Span(17, 21), new Span(22, 28)),
                new GlossaryEntry("", "六个稳", "稳就业、稳金融", new Span(29, 32), new Span(33, 40))),
                GlossaryParser.parse(text));
    }

    @Test
    void parenthesesWhoseLabelsAreNotQuotedBeforeAreNoNotes() {
        String text = "完成投资（其中：工业投资10亿元）。\n";
        assertEquals(List.of(), GlossaryParser.parse(text));
    }
}
