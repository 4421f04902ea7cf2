package org.govkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.govkg.extract.AnalyzedDocument;
import org.govkg.extract.Attr;
import org.govkg.extract.EntityType;
import org.govkg.extract.Extraction;
import org.govkg.extract.Mention;
import org.govkg.extract.program.Docs;
import org.govkg.text.Span;
import org.junit.jupiter.api.Test;

class ProgramResolverTest {

    private static final AnalyzedDocument DOC = Docs.of("正文。", null);

    private static Mention program(String surface, String name, int start, Map<Attr, String> attrs) {
        return new Mention(EntityType.Program, surface, name, new Span(start, start + surface.length()), 0,
                new TreeMap<>(attrs));
    }

    private static ResolutionContext resolve(List<Mention> mentions) {
        ResolutionContext context = new ResolutionContext();
        new ProgramResolver().resolve(DOC, Extraction.of(mentions), context);
        return context;
    }

    @Test
    void quotedNameAndNameWithFollowWordAreOneProgram() {
        ResolutionContext c = resolve(List.of(
                program("“粤菜师傅”工程", "粤菜师傅工程", 0, Map.of()),
                program("“粤菜师傅”", "粤菜师傅", 20, Map.of())));
        assertEquals("program/粤菜师傅工程", c.linkOf(0).orElseThrow());
        assertEquals("program/粤菜师傅工程", c.linkOf(1).orElseThrow());
        Entity e = c.entity("program/粤菜师傅工程").orElseThrow();
        assertEquals("粤菜师傅工程", e.label());
        assertEquals(new TreeSet<>(List.of("粤菜师傅")), e.aliases());
    }

    @Test
    void curatedTableGivesTheCanonicalKeyAndIssuingLevelIsKept() {
        ResolutionContext c = resolve(List.of(
                program("“百县千镇万村高质量发展工程”", "百县千镇万村高质量发展工程", 0,
                        Map.of(Attr.ISSUING_LEVEL, "省"))));
        Entity e = c.entity("program/百千万工程").orElseThrow();
        assertEquals("百千万工程", e.label());
        assertEquals("省", e.properties().get(Attr.ISSUING_LEVEL));
        assertEquals(true, e.aliases().contains("百县千镇万村高质量发展工程"));
    }

    @Test
    void glossaryDefinitionAndExpansionWinOverTheBody() {
        ResolutionContext c = resolve(List.of(
                program("“三铁工程”", "三铁工程", 0, Map.of(Attr.EXPANSION, "甲、乙、丙")),
                program("“三铁工程”", "三铁工程", 90, Map.of(Attr.DEFINITION, "指南部通地铁。",
                        Attr.EXPANSION, "南部通地铁"))));
        Entity e = c.entity("program/三铁工程").orElseThrow();
        assertEquals("南部通地铁", e.properties().get(Attr.EXPANSION));
        assertEquals("指南部通地铁。", e.properties().get(Attr.DEFINITION));
    }

    @Test
    void differentProgramsStayApart() {
        ResolutionContext c = resolve(List.of(program("河长制", "河长制", 0, Map.of()),
                program("田长制", "田长制", 10, Map.of())));
        assertEquals(2, c.entities().size());
    }
}
