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
}
