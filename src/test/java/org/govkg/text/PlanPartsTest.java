package org.govkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlanPartsTest {

    @Test
    void aPlanHeadingOpensAPartThatRunsToTheBackMatter() {
        String text = "2022年工作回顾\n全年完成投资10亿元。\n2023 年工作安排\n加快项目建设。\n名词解释\n1.三铁工程：指南部通地铁。\n";
        TextStructure s = StructureParser.parse(text);
        int plan = text.indexOf("2023 年工作安排");
        assertEquals(List.of(new Span(plan, text.indexOf("名词解释"))), s.planParts());
        assertFalse(s.inPlan(text.indexOf("全年完成")));
        assertTrue(s.inPlan(text.indexOf("加快项目")));
        assertFalse(s.inPlan(text.indexOf("指南部")));
    }

    @Test
    void numberedHeadingsAndReviewHeadingsClose() {
        String text = "一、上半年经济运行情况\n完成投资。\n二、下半年工作安排\n推动开工。\n三、上半年计划执行情况\n完成。\n";
        TextStructure s = StructureParser.parse(text);
        assertEquals(List.of(new Span(text.indexOf("二、"), text.indexOf("三、"))), s.planParts());
    }

    @Test
    void aSentenceMentioningAPlanIsNotAHeading() {
        String text = "我们认真落实年度工作安排。\n推动项目开工。\n";
        assertEquals(List.of(), StructureParser.parse(text).planParts());
    }

    @Test
    void otherPlanHeadingsOpenAPartToo() {
        for (String heading : new String[] {"二、2024年工作任务", "2025年目标任务", "（三）下半年重点工作"}) {
            String text = "上半年完成投资。\n" + heading + "\n推动项目开工。\n";
            assertTrue(StructureParser.parse(text).inPlan(text.indexOf("推动")), heading);
            assertFalse(StructureParser.parse(text).inPlan(text.indexOf("上半年")), heading);
        }
    }
}
