package org.govkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkupCleanerTest {

    @Test
    void removesTagsEmphasisSuperscriptsAndEntities() {
        String s = "**逐步完善交通网络。**广清</span>城际^{〔6〕}工作&nbsp;制度&#8220;好&#x201D;";
        MappedText t = MarkupCleaner.clean(MappedText.of(s));
        assertEquals("逐步完善交通网络。广清城际〔6〕工作 制度“好”", t.text());
        assertEquals(2, t.original(0));
        int marker = t.text().indexOf('〔');
        assertEquals(s.indexOf('〔'), t.original(marker));
        assertEquals(s.indexOf("&#8220;"), t.original(t.text().indexOf('“')));
        assertEquals(s.length(), t.original(t.length()));
    }

    @Test
    void removesCloseTagThatLostItsBracketButKeepsOrdinarySlashes() {
        assertEquals("保“三保”、促发展 1/2 和/或",
                MarkupCleaner.clean(MappedText.of("保“三保”/span>、促发展 1/2 和/或")).text());
    }

    @Test
    void normaliserUnifiesLineEndsAndWidthsOneForOne() {
        String s = "\uFEFF２０２２年\u3000ＧＤＰ\r\n\r\n\r\n\r\n增长  \r\n";
        MappedText t = TextNormaliser.normalise(MappedText.of(s));
        assertEquals("2022年 GDP\n\n增长", t.text());
        assertEquals(1, t.original(0));
        assertEquals(s.indexOf("增"), t.original(t.text().indexOf('增')));
    }

    @Test
    void removesPinyinGlossesAfterCharactersWithOffsetsMapped() {
        String s = "宁河区(qū)政府工作报(bào)告（jiàn shè）(天津市)(app)(十七)";
        MappedText t = MarkupCleaner.clean(MappedText.of(s));
        assertEquals("宁河区政府工作报告(天津市)(app)(十七)", t.text());
        assertEquals(s.indexOf("政"), t.original(3));
        assertEquals(s.indexOf("告"), t.original(8));
        assertEquals(s.indexOf("(天"), t.original(9));
        assertEquals(s.length(), t.original(t.length()));
    }

    @Test
    void keepsParenthesesThatAreNotPinyinOrNotAfterACharacter() {
        String s = "x(bào) 增长(a)(gdp)(bao)";
        assertEquals(s, MarkupCleaner.clean(MappedText.of(s)).text());
        assertEquals("报告", MarkupCleaner.clean(MappedText.of("报(bao4)告")).text());
    }

    @Test
    void removesMarkdownImages() {
        String s = "记者报道\n![](http://n.example.cn/a/1.jpg)\n今年![图1](b.png)新词";
        MappedText t = MarkupCleaner.clean(MappedText.of(s));
        assertEquals("记者报道\n\n今年新词", t.text());
        assertEquals(s.indexOf("\n今"), t.original(5));
        assertEquals(s.indexOf("新"), t.original(8));
    }
}
