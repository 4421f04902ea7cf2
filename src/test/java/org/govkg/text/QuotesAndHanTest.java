package org.govkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The quote sets and the two Han tests. */
class QuotesAndHanTest {

    @Test
    void surfaceMarksMakeARegexClass() {
        assertEquals("粤菜师傅工程", "“粤菜师傅”《工程》".replaceAll("[" + Quotes.charClass(Quotes.IN_SURFACE) + "]", ""));
        assertEquals("a\\-b\\]", Quotes.charClass("a-b]"));
    }

    @Test
    void enclosingIsQuotationPlusTitle() {
        assertEquals("“”‘’「」『』\"'《》〈〉【】", Quotes.ENCLOSING);
    }

    @Test
    void hanByScriptAndByBlock() {
        assertTrue(Han.isHan('清'));
        assertTrue(Han.isHan('〇'));
        assertFalse(Han.inIdeographBlocks('〇'));
        assertTrue(Han.inIdeographBlocks('清'));
        assertFalse(Han.isHan('A'));
        assertFalse(Han.isHan('，'));
    }
}
