package org.govkg.extract.program;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.govkg.extract.Attr;
import org.govkg.extract.EntityType;
import org.govkg.extract.Extraction;
import org.govkg.extract.Mention;
import org.govkg.extract.Relation;
import org.govkg.extract.RelationKind;
import org.govkg.text.Span;
import org.junit.jupiter.api.Test;

class DefinedTermExtractorTest {

    private static final String TEXT = "创新建立“五图表一中心”〔1〕应急处置体系，打造“口袋”公园^[2]。\n名词解释\n"
            + "1. “五图表一中心”：指核酸采样点位图表。\n2. **“口袋”公园**：指规模较小的公园。\n"
            + "3. “双百工程”：指社会工作服务站全覆盖。\n";

    private static List<Mention> of(Extraction x, EntityType type) {
        return x.mentions().stream().filter(m -> m.type() == type).toList();
    }

    @Test
    void glossaryEntriesAndBodyMarkers() {
        Extraction x = new DefinedTermExtractor().extract(Docs.of(TEXT, null));
        List<Mention> terms = of(x, EntityType.DefinedTerm);
        assertEquals(List.of(new Span(44, 52), new Span(69, 75), new Span(91, 97), new Span(4, 12),
                new Span(24, 30)), terms.stream().map(Mention::span).toList());
        assertEquals(List.of("五图表一中心", "口袋公园", "双百工程", "五图表一中心", "口袋公园"),
                terms.stream().map(Mention::name).toList());
        assertEquals("指核酸采样点位图表。", terms.get(0).attributes().get(Attr.DEFINITION));
        assertEquals("1", terms.get(0).attributes().get(Attr.MARKER));
        assertEquals("〔1〕", terms.get(3).attributes().get(Attr.MARKER));
        assertEquals("[2]", terms.get(4).attributes().get(Attr.MARKER));
    }

    @Test
    void termsNamingProgramsAreProgramsLinkedFromTheTermButFacilitiesAreNot() {
        Extraction x = new DefinedTermExtractor().extract(Docs.of(TEXT, null));
        List<Mention> programs = of(x, EntityType.Program);
        assertEquals(1, programs.size());
        assertEquals("双百工程", programs.get(0).name());
        assertEquals(new Span(91, 97), programs.get(0).span());
        assertEquals("社会工作服务站全覆盖", programs.get(0).attributes().get(Attr.EXPANSION));
        assertEquals(1, x.relations().size());
        Relation r = x.relations().get(0);
        assertEquals(RelationKind.DEFINES_PROGRAM, r.kind());
        assertEquals(EntityType.DefinedTerm, x.mentions().get(r.subject()).type());
        assertEquals(EntityType.Program, x.mentions().get(r.object()).type());
    }

    @Test
    void shortFormStatedInTheDefinition() {
        String text = "〔5〕工业产业“十百千”计划:指推进形成一批十亿级项目,简称“十百千”工程。\n";
        Extraction x = new DefinedTermExtractor().extract(Docs.of(text, null));
        List<Mention> terms = of(x, EntityType.DefinedTerm);
        assertEquals(2, terms.size());
        assertEquals("工业产业十百千计划", terms.get(1).name());
        assertEquals("“十百千”工程", terms.get(1).surface());
    }

    @Test
    void inlineDefinition() {
        Extraction x = new DefinedTermExtractor().extract(Docs.of("“双百工程”是指社会工作服务站全覆盖。", null));
        List<Mention> terms = of(x, EntityType.DefinedTerm);
        assertEquals(1, terms.size());
        assertEquals(new Span(0, 6), terms.get(0).span());
        assertEquals("双百工程", terms.get(0).name());
        assertEquals("指社会工作服务站全覆盖", terms.get(0).attributes().get(Attr.DEFINITION));
    }

    @Test
    void inlineDefinitionWithJiButNotJiJiang() {
        Extraction x = new DefinedTermExtractor().extract(Docs.of("落实“六稳”即稳就业、稳金融、稳外贸。", null));
        List<Mention> terms = of(x, EntityType.DefinedTerm);
        assertEquals(1, terms.size());
        assertEquals("六稳", terms.get(0).name());
        assertEquals("即稳就业、稳金融、稳外贸", terms.get(0).attributes().get(Attr.DEFINITION));
        Extraction soon = new DefinedTermExtractor().extract(Docs.of("“百千万工程”即将迎来第三批评定工作。", null));
        assertEquals(List.of(), of(soon, EntityType.DefinedTerm));
    }

    @Test
    void circledBodyMarkerButNotAListItem() {
        String text = "推进“三铁工程”①建设：①加快地铁。\n注释\n①“三铁工程”：指南部通地铁。\n";
        Extraction x = new DefinedTermExtractor().extract(Docs.of(text, null));
        List<Mention> terms = of(x, EntityType.DefinedTerm);
        assertEquals(List.of(new Span(23, 29), new Span(2, 8)), terms.stream().map(Mention::span).toList());
        assertEquals("①", terms.get(1).attributes().get(Attr.MARKER));
    }

    @Test
    void parenthesisedNumberMarkersAndTermsWrittenLikeTheirEntry() {
        String text = "1.“三个着力”重要要求:2013年5月\n2.六稳:稳就业、稳金融\n3.PK体系:以飞腾为核心\n"
                + "以“三个着力”重要要求为纲，落实“六稳”⑵要求。\n";
        Extraction x = new DefinedTermExtractor().extract(Docs.of(text, null));
        List<Mention> terms = of(x, EntityType.DefinedTerm);
        assertEquals(List.of(new Span(2, 12), new Span(23, 25), new Span(36, 40), new Span(64, 68),
                new Span(49, 59)), terms.stream().map(Mention::span).toList());
        assertEquals(List.of("三个着力重要要求", "六稳", "PK体系", "六稳", "三个着力重要要求"),
                terms.stream().map(Mention::name).toList());
        assertEquals("⑵", terms.get(3).attributes().get(Attr.MARKER));
        terms.forEach(m -> assertEquals(m.surface(), m.span().of(text)));
    }
}
