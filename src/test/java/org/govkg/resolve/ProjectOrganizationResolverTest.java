package org.govkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.TreeMap;
import org.govkg.extract.AnalyzedDocument;
import org.govkg.extract.Attr;
import org.govkg.extract.EntityType;
import org.govkg.extract.Extraction;
import org.govkg.extract.Mention;
import org.govkg.ingest.IngestNotes;
import org.govkg.ingest.OffsetMap;
import org.govkg.ingest.SourceDocument;
import org.govkg.text.DocumentMetadata;
import org.govkg.text.Span;
import org.govkg.text.TextStructure;
import org.junit.jupiter.api.Test;

class ProjectOrganizationResolverTest {

    private static final AnalyzedDocument DOC = new AnalyzedDocument(
            new SourceDocument("t.txt", Path.of("t.txt"), "", "", OffsetMap.identity(0),
                    new IngestNotes("UTF-8", false, false, 0, 0)),
            new DocumentMetadata("", Optional.empty(), Optional.empty(), DocumentMetadata.OTHER,
                    Optional.empty(), Optional.empty()),
            new TextStructure(List.of(), List.of(), List.of(), List.of()), List.of());

    private static Mention mention(EntityType type, String name, int at) {
        return new Mention(type, name, name, new Span(at, at + name.length()), 0);
    }

    private static ResolutionContext resolve(TypeResolver r, List<Mention> mentions) {
        ResolutionContext c = new ResolutionContext();
        r.resolve(DOC, Extraction.of(mentions), c);
        return c;
    }

    @Test
    void trailingXiangmuIsTheSameProjectButPhasesAreNot() {
        ResolutionContext c = resolve(new ProjectResolver(), List.of(
                mention(EntityType.Project, "万洋众创城项目", 0),
                mention(EntityType.Project, "万洋众创城", 10),
                mention(EntityType.Project, "南部物流枢纽项目二期工程", 20),
                mention(EntityType.Project, "南部物流枢纽项目一期工程", 40)));
        assertEquals(c.linkOf(0), c.linkOf(1));
        assertEquals(Optional.of("project/万洋众创城"), c.linkOf(0));
        assertNotEquals(c.linkOf(2), c.linkOf(3));
        Entity wanyang = c.entity("project/万洋众创城").orElseThrow();
        assertEquals("万洋众创城", wanyang.label());
        assertTrue(wanyang.aliases().contains("万洋众创城项目"), wanyang.toString());
    }

    @Test
    void highwaySectionHasTheHighwayAsAlias() {
        ResolutionContext c = resolve(new ProjectResolver(),
                List.of(mention(EntityType.Project, "清花高速清城段", 0)));
        Entity e = c.entity(c.linkOf(0).orElseThrow()).orElseThrow();
        assertTrue(e.aliases().contains("清花高速"), e.toString());
    }

    @Test
    void projectPropertiesComeFromTheMention() {
        TreeMap<Attr, String> attrs = new TreeMap<>();
        attrs.put(Attr.INVESTMENT, "450000000");
        attrs.put(Attr.STATUS, "underConstruction");
        attrs.put(Attr.YEAR, "2020");
        attrs.put(Attr.GROUP, "16个市政建设项目");
        attrs.put(Attr.GROUP_INVESTMENT, "1500000000");
        Mention m = new Mention(EntityType.Project, "大周国际商贸城", "大周国际商贸城", new Span(0, 7), 0, attrs);
        ResolutionContext c = resolve(new ProjectResolver(), List.of(m));
        Entity e = c.entity(c.linkOf(0).orElseThrow()).orElseThrow();
        assertEquals("450000000", e.properties().get(Attr.INVESTMENT));
        assertEquals("underConstruction", e.properties().get(Attr.STATUS));
        assertEquals("2020", e.properties().get(Attr.YEAR));
        // A group's amount is the group's: it never becomes the project's own.
        assertEquals(Set.of(Attr.INVESTMENT, Attr.STATUS, Attr.YEAR), e.properties().keySet());
    }

    @Test
    void shortCompanyNameIsAnAliasOfTheFullOne() {
        ResolutionContext c = resolve(new OrganizationResolver(), List.of(
                mention(EntityType.Organization, "凯恩斯纳米材料有限公司", 0),
                mention(EntityType.Organization, "凯恩斯", 30)));
        assertEquals(c.linkOf(0), c.linkOf(1));
        Entity e = c.entity(c.linkOf(0).orElseThrow()).orElseThrow();
        assertEquals("凯恩斯纳米材料有限公司", e.label());
        assertTrue(e.aliases().contains("凯恩斯"));
    }

    @Test
    void knownShortFormIsKeyedOnTheFullName() {
        ResolutionContext c = resolve(new OrganizationResolver(), List.of(
                mention(EntityType.Organization, "国家发改委", 0)));
        assertEquals(Optional.of("organization/国家发展和改革委员会"), c.linkOf(0));
        Entity e = c.entity("organization/国家发展和改革委员会").orElseThrow();
        assertTrue(e.aliases().contains("国家发改委"));
    }
}
