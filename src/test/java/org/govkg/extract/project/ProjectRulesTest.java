package org.govkg.extract.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govkg.nlp.Pos;
import org.govkg.nlp.Token;
import org.govkg.text.Span;
import org.junit.jupiter.api.Test;

/** The project rules one by one, on hand-tagged tokens (HanLP's tag set) laid end to end; exact offsets. */
class ProjectRulesTest {

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
    void listRuleGivesEachItemAndTheListEnd() {
        List<Token> t = tokens("推进/v", "清远/ns", "大桥/n", "、/w", "连州/ns", "码头/n", "等/udeng", "3/m", "个/q",
                "项目/n");
        String s = text(t);
        List<ProjectCandidate> out = new ArrayList<>();
        int end = ListRule.find(s, new Span(0, s.length()), t, out);
        assertEquals(s.length(), end);
        assertEquals(List.of(new ProjectCandidate(2, 6, true, true, false),
                new ProjectCandidate(7, 11, true, true, false)), out);
    }

    @Test
    void listRuleSkipsBarePlacesAndListsOfCampaigns() {
        List<Token> t = tokens("西江镇/ns", "、/w", "保安镇/ns", "等/udeng", "2/m", "个/q", "项目/n");
        String s = text(t);
        List<ProjectCandidate> out = new ArrayList<>();
        assertEquals(s.length(), ListRule.find(s, new Span(0, s.length()), t, out));
        assertEquals(List.of(), out);
        List<Token> c = tokens("开展/v", "甲/n", "、/w", "乙/n", "等/udeng", "培训/vn", "活动/vn");
        String cs = text(c);
        assertEquals(-1, ListRule.find(cs, new Span(0, cs.length()), c, new ArrayList<>()));
    }

    @Test
    void headRuleFindsANameEndingInAHeadWithItsPhase() {
        List<Token> t = tokens("加快/v", "清远/ns", "磁浮/n", "旅游/vn", "专线/n", "项目/n", "二期/m", "建设/vn");
        String s = text(t);
        List<ProjectCandidate> out = new ArrayList<>();
        HeadRule.find(s, new Span(0, s.length()), t, -1, out);
        // 磁浮 is a head too: the shorter name is dropped later by the filter, as lying inside the longer.
        assertEquals(new ProjectCandidate(2, 6, false, false), out.get(0));
        assertEquals(true, out.contains(new ProjectCandidate(2, 14, false, false)));
        assertEquals("清远磁浮旅游专线项目二期", s.substring(2, 14));
    }

    @Test
    void projectLikeEndings() {
        assertEquals(true, HeadRule.projectLike("湖岸西路", "大道"));
        assertEquals(true, HeadRule.projectLike("华润慧光(七期)", ""));
        assertEquals(false, HeadRule.projectLike("推进", "项目"));
    }

    @Test
    void filterDropsBarePlacesAndQuotedNamesAndKeepsProperNames() {
        List<Token> t = tokens("连州市/ns", "项目/n", "，/w", "“/w", "百千万/m", "工程/n", "”/w", "，/w",
                "清远/ns", "大桥/n", "项目/n");
        String s = text(t);
        List<ProjectCandidate> found = List.of(new ProjectCandidate(0, 5, false, false),
                new ProjectCandidate(7, 12, false, false), new ProjectCandidate(14, 20, false, false));
        assertEquals(List.of(new ProjectCandidate(14, 20, false, false)),
                CandidateFilter.accept(s, new Span(0, s.length()), t, found));
        assertEquals("百千万工程", CandidateFilter.clean("“百千万 工程”"));
    }

    @Test
    void placePrefixGivesTheDivisionTokensANameOpensWith() {
        List<Token> t = tokens("清远市/ns", "清城区/ns", "石角/ns", "大桥/n", "项目/n");
        List<Token> d = PlacePrefix.divisions(t, new Span(0, 12));
        assertEquals(List.of("清远市", "清城区"), d.stream().map(Token::word).toList());
        assertEquals(List.of(), PlacePrefix.divisions(t, new Span(3, 6)));
    }

    @Test
    void companyPrefix() {
        assertEquals(Optional.of("广东华清有限公司"), CompanyPrefix.of("广东华清有限公司年产万吨项目"));
        assertEquals(Optional.empty(), CompanyPrefix.of("广东华清有限公司"));
    }

    @Test
    void amountsGoToTheNearestProjectAndTheRestToTheGroup() {
        String s = "甲项目总投资10亿元";
        List<Amount> amounts = Amount.find(s);
        ProjectCandidate a = new ProjectCandidate(0, 3, false, false);
        Map<ProjectCandidate, Amount> got = AmountRule.assign(s, List.of(a), amounts,
                List.of(new Span(3, 10)));
        assertEquals(new BigDecimal("1000000000"), got.get(a).yuan());

        String g = "甲、乙等2个项目完成投资3亿元";
        List<Amount> ga = Amount.find(g);
        Span clause = new Span(0, g.length());
        var list = ListRule.matcher(g);
        list.find();
        AmountRule.GroupAmount group = AmountRule.group(g, clause, list, Map.of(), ga,
                List.of(new Span(8, 15))).orElseThrow();
        assertEquals("2个项目", group.phrase());
        assertEquals(Optional.of("2"), group.size());
        assertEquals(8, group.at());
    }

    @Test
    void statusIsAFactOrAGoal() {
        String s = "甲项目建成投产";
        Span clause = new Span(0, s.length());
        ProjectCandidate a = new ProjectCandidate(0, 3, false, false);
        StatusRule.Hit hit = StatusRule.statusOf(s, clause, a, List.of(a), List.of()).orElseThrow();
        assertEquals(3, hit.at());
        StatusRule.Reading fact = StatusRule.read(s, clause, hit, false);
        assertEquals(Optional.empty(), fact.target());

        String g = "力促甲项目开工";
        Span gc = new Span(0, g.length());
        ProjectCandidate b = new ProjectCandidate(2, 5, false, false);
        StatusRule.Reading goal = StatusRule.read(g, gc,
                StatusRule.statusOf(g, gc, b, List.of(b), List.of()).orElseThrow(), false);
        assertEquals(new StatusRule.Reading("开工", Optional.of("planned"), Optional.of("started")), goal);
    }

    @Test
    void qualifiersAndBuildingWordsAroundAGenericNameLeaveItGeneric() {
        ProjectLexicon lex = ProjectLexicon.get();
        assertEquals(true, lex.isGeneric("全省高速公路"));
        assertEquals(true, lex.isGeneric("新改建农村公路"));
        assertEquals(true, lex.isGeneric("国家现代农业产业园"));
        assertEquals(true, lex.isGeneric("高速公路提质扩容"));
        assertEquals(true, lex.isGeneric("园区开发区"));
        assertEquals(false, lex.isGeneric("成渝高速扩容"));
        assertEquals(false, lex.isGeneric("国家植物园"));
    }

    @Test
    void aOneCharacterHeadEndingAPlaceNameIsThePlaces() {
        List<Token> t = tokens("防城港/ns", "30/m", "万吨级/b", "航道/n");
        String s = text(t);
        assertEquals(true, HeadRule.notAName(s, t, 2, "港"));
        List<Token> port = tokens("黄/a", "磏/n", "港/n", "投入/v", "运营/vn");
        assertEquals(false, HeadRule.notAName(text(port), port, 2, "港"));
    }

    @Test
    void aGluedLeadVerbIsDroppedOnlyBeforeALongEnoughName() {
        ProjectLexicon lex = ProjectLexicon.get();
        assertEquals(2, NameBoundary.gluedLeadVerb("投用重庆东站", lex));
        assertEquals(0, NameBoundary.gluedLeadVerb("建设大道", lex));
        assertEquals(0, NameBoundary.gluedLeadVerb("运营中心", lex));
    }
}
