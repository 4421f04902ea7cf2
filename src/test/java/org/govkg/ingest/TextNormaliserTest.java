package org.govkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {

    private static MappedText normalise(String s) {
        return TextNormaliser.normalise(MappedText.of(s));
    }

    @Test
    void aLineBrokenInsideAShortQuotedNameIsJoined() {
        String s = "扎实开展“八\n\n五”普法，加强公共法律服务。\n下一段。";
        MappedText t = normalise(s);
        assertEquals("扎实开展“八五”普法，加强公共法律服务。\n下一段。", t.text());
        // 五 still maps to its place in the original.
        assertEquals(s.indexOf('五'), t.original(t.text().indexOf('五')));
    }

    @Test
    void quotesThatDoNotSpanTheBreakLeaveItAlone() {
        for (String s : new String[] {"实施“三铁工程”\n推进项目。", "他说：“好。\n第二段”。",
                "“一二三四五六七八九十一二三四\n五”", "前文“甲\n乙丙丁戊己庚辛壬癸子丑寅卯辰”"}) {
            assertEquals(s, normalise(s).text(), s);
        }
    }

    @Test
    void straightQuotesAroundChineseBecomeChineseQuotationMarksOneForOne() {
        String s = "全面落实\"三高四新\"[1]战略定位，推进\"1+2\"行动。";
        MappedText t = normalise(s);
        assertEquals("全面落实“三高四新”[1]战略定位，推进“1+2”行动。", t.text());
        assertEquals(s.indexOf('三'), t.original(t.text().indexOf('三')));
        assertEquals(s.length(), t.text().length());
    }

    @Test
    void straightQuotesThatAreNoChineseQuotationStay() {
        for (String s : new String[] {"he said \"ok\" then", "长度12\"的管道", "前\"甲\"乙\"丙"}) {
            assertEquals(s, normalise(s).text(), s);
        }
    }
}
