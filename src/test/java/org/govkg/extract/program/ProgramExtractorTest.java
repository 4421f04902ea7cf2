package org.govkg.extract.program;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.govkg.extract.Attr;
import org.govkg.extract.EntityType;
import org.govkg.extract.Extraction;
import org.govkg.extract.Mention;
import org.govkg.extract.Relation;
import org.govkg.extract.RelationKind;
import org.govkg.text.Span;
import org.junit.jupiter.api.Test;

class ProgramExtractorTest {

    @Test
    void placesRecognisedUnderAProgramWithDesignationBatchAndYear() {
        String text = "石角、龙塘、飞来峡通过评定进入省“百千万工程”第二批典型镇名单，源潭入选第三批典型镇培育名单。";
        Extraction x = new ProgramExtractor().extract(Docs.of(text, 2025));
        List<Mention> m = x.mentions();
        assertEquals(EntityType.Program, m.get(0).type());
        assertEquals(new Span(16, 23), m.get(0).span());
        List<Span> places = m.stream().filter(p -> p.type() == EntityType.Place).map(Mention::span).toList();
        assertEquals(List.of(new Span(0, 2), new Span(3, 5), new Span(6, 9), new Span(32, 34)), places);
        assertEquals(4, x.relations().size());
        Relation first = x.relations().get(0);
        assertEquals(RelationKind.RECOGNISED_UNDER, first.kind());
        assertEquals("石角", m.get(first.subject()).name());
        assertEquals(0, first.object());
        assertEquals(Map.of(Attr.DESIGNATION, "典型镇", Attr.BATCH, "第二批", Attr.YEAR, "2025"),
                first.attributes());
        Relation last = x.relations().get(3);
        assertEquals("源潭", m.get(last.subject()).name());
        assertEquals(0, last.object());
        assertEquals("第三批", last.attributes().get(Attr.BATCH));
        assertEquals("典型镇培育", last.attributes().get(Attr.DESIGNATION));
    }

    @Test
    void aPartAfterASemicolonContinuesTheProgramOfThePartBefore() {
        String text = "石角、龙塘、飞来峡通过评定进入省“百千万工程”第二批典型镇名单;黄布村、新桥村荣获全国文明村称号;"
                + "长埔村等15个村入选第三批典型村。\n源潭入选第三批典型镇培育名单。";
        Extraction x = new ProgramExtractor().extract(Docs.of(text, 2025));
        List<Mention> m = x.mentions();
        List<String> recognised = x.relations().stream()
                .map(r -> m.get(r.subject()).name() + " " + r.attributes().get(Attr.BATCH)
                        + r.attributes().get(Attr.DESIGNATION) + " → " + m.get(r.object()).name())
                .toList();
        // 源潭 stands in a sentence of its own, after a full stop: no program is carried there.
        assertEquals(List.of("石角 第二批典型镇 → 百千万工程", "龙塘 第二批典型镇 → 百千万工程",
                "飞来峡 第二批典型镇 → 百千万工程", "长埔村 第三批典型村 → 百千万工程"), recognised);
    }

    @Test
    void aYearInTheSentenceWinsAndTitlesNeedNoBatch() {
        String text = "2024年新桥村获评省“百千万工程”表现突出集体。";
        Extraction x = new ProgramExtractor().extract(Docs.of(text, 2025));
        assertEquals(1, x.relations().size());
        Relation r = x.relations().get(0);
        assertEquals("新桥村", x.mentions().get(r.subject()).name());
        assertEquals(Map.of(Attr.DESIGNATION, "表现突出集体", Attr.YEAR, "2024"), r.attributes());
    }

    @Test
    void noRecognitionWithoutAProgram() {
        Extraction x = new ProgramExtractor().extract(Docs.of("黄布村、新桥村荣获全国文明村称号。", 2025));
        assertEquals(List.of(), x.relations());
    }
}
