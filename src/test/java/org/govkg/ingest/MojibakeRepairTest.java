package org.govkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Snippets of corpus/003, whose GBK bytes were read one byte out of step in eleven places. */
class MojibakeRepairTest {

    private static MojibakeRepair.Result repair(String s) {
        return MojibakeRepair.repair(MappedText.of(s));
    }

    @Test
    void repairsShiftedSegmentAndMapsItOntoTheDamagedCharacters() {
        String s = "難問題?!耙劳锌h域醫共體";
        MojibakeRepair.Result r = repair(s);
        assertEquals("難問題。“依托縣域醫共體", r.text().text());
        assertEquals(1, r.repaired());
        assertEquals(0, r.unrepaired());
        assertEquals(3, r.text().original(3));
        assertEquals(3 + 1, r.text().original(4));
        assertEquals(9, r.text().original(8));
        assertEquals(s.length(), r.text().original(r.text().length()));
    }

    @Test
    void repairsSegmentsEndingAtAnAsciiSymbolOrLetter() {
        assertEquals("成效初顯。“大東山溫泉”", repair("成效初顯?!按髺|山溫泉”").text().text());
        assertEquals("已交樓82戶。“龍舟吮期間成功", repair("已交樓82戶?!褒堉鬯逼陂g成功").text().text());
    }

    @Test
    void countsWhatCannotBeRepairedAndLeavesIt() {
        String s = "醫療特色??平ㄔO。明顯縮??;到2035年";
        MojibakeRepair.Result r = repair(s);
        assertEquals(s, r.text().text());
        assertEquals(0, r.repaired());
        assertEquals(2, r.unrepaired());
    }

    @Test
    void leavesOrdinaryQuestionMarksAlone() {
        MojibakeRepair.Result r = repair("怎么办?我们要问? 答案是什么?");
        assertEquals("怎么办?我们要问? 答案是什么?", r.text().text());
        assertEquals(0, r.repaired() + r.unrepaired());
    }
}
