package org.govkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.govkg.extract.Attr;
import org.govkg.extract.EntityType;
import org.govkg.extract.Extraction;
import org.govkg.extract.Mention;
import org.govkg.extract.program.Docs;
import org.govkg.text.Span;
import org.junit.jupiter.api.Test;

class DefinedTermResolverTest {

    @Test
    void entryAndMarkedBodyMentionAreOneTermWithTheEntryDefinition() {
        List<Mention> mentions = List.of(
                new Mention(EntityType.DefinedTerm, "“口袋”公园", "口袋公园", new Span(24, 30), 0,
                        new TreeMap<>(Map.of(Attr.MARKER, "[5]"))),
                new Mention(EntityType.DefinedTerm, "**“口袋”公园", "口袋公园", new Span(69, 77), 3,
                        new TreeMap<>(Map.of(Attr.DEFINITION, "指规模较小的公园。", Attr.MARKER, "5"))));
        ResolutionContext c = new ResolutionContext();
        new DefinedTermResolver().resolve(Docs.of("正文。", null), Extraction.of(mentions), c);
        assertEquals("term/口袋公园", c.linkOf(0).orElseThrow());
        assertEquals("term/口袋公园", c.linkOf(1).orElseThrow());
        Entity e = c.entity("term/口袋公园").orElseThrow();
        assertEquals(new TreeSet<>(List.of("口袋")), e.aliases());
        assertEquals(Map.of(Attr.DEFINITION, "指规模较小的公园。", Attr.MARKER, "5"), e.properties());
    }
}
