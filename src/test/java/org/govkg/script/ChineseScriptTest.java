package org.govkg.script;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class ChineseScriptTest {

    @Test
    void convertsOneCharacterPerCharacter() {
        assertEquals("连州市第十六届人民代表大会", ChineseScript.toSimplifiedAligned("連州市第十六屆人民代表大會"));
        assertEquals("县域医共体,2022年", ChineseScript.toSimplifiedAligned("縣域醫共體,2022年"));
    }

    @Test
    void phraseThatChangesLengthFallsBackToCharacters() {
        String traditional = "買了筆記簿型電腦。";
        assertNotEquals(traditional.length(), ChineseScript.toSimplified(traditional).length());
        String aligned = ChineseScript.toSimplifiedAligned(traditional);
        assertEquals(traditional.length(), aligned.length());
        assertEquals("买了笔记簿型电脑。", aligned);
    }
}
