package org.govkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {

    private static DocumentMetadata meta(String text) {
        return MetadataExtractor.extract(text, StructureParser.parse(text));
    }

    @Test
    void workReportWithDateSpeakerAndReviewYear() {
        DocumentMetadata m = meta("某某县人民政府工作报告\n——2024年1月10日在某某县第十届人民代表大会第四次会议上\n"
                + "某某县人民政府县长 张三丰\n各位代表:\n现在,我代表县人民政府向大会报告工作。\n2023年工作回顾\n");
        assertEquals("某某县人民政府工作报告", m.title());
        assertEquals(Optional.of("某某县"), m.region());
        assertEquals(Optional.of(2023), m.year());
        assertEquals(DocumentMetadata.WORK_REPORT, m.kind());
        assertEquals(Optional.of("2024-01-10"), m.date());
        assertEquals(Optional.of("张三丰"), m.speaker());
    }

    @Test
    void workReportWithoutReviewLineLooksBackOnTheYearBeforeDelivery() {
        DocumentMetadata m = meta("政 府 工 作 报 告\n——2023年2月22日在甲乙市第十六届\n人民代表大会第三次会议上\n"
                + "市长 李四\n各位代表:\n");
        assertEquals("政府工作报告", m.title());
        assertEquals(Optional.of("甲乙市"), m.region());
        assertEquals(Optional.of(2022), m.year());
        assertEquals(Optional.of("李四"), m.speaker());
    }

    @Test
    void midyearPlanExecutionReportNamedInTheOpeningSentence() {
        DocumentMetadata m = meta("主任、各位副主任、各位委员:\n受区人民政府委托,现向区九届人大常委会第四十三次会议报告"
                + "丙丁市戊己区2025年上半年国民经济和社会发展计划执行情况,以及下半年的工作重点,请予审议。\n"
                + "一、2025年上半年国民经济和社会发展计划执行情况\n");
        assertEquals("丙丁市戊己区2025年上半年国民经济和社会发展计划执行情况", m.title());
        assertEquals(Optional.of("丙丁市戊己区"), m.region());
        assertEquals(Optional.of(2025), m.year());
        assertEquals(DocumentMetadata.MIDYEAR, m.kind());
        assertEquals(Optional.empty(), m.date());
    }

    @Test
    void regionAfterTheYearAndYearFromTheTitleOfAWorkReport() {
        DocumentMetadata m = meta("2024年某某县人民政府工作报告\n各位代表:");
        assertEquals(Optional.of("某某县"), m.region());
        assertEquals(Optional.of(2023), m.year());
        assertEquals(DocumentMetadata.WORK_REPORT, m.kind());
    }

    @Test
    void annualPlanExecutionAndOther() {
        DocumentMetadata annual = meta("庚辛县2023年国民经济和社会发展计划执行情况与2024年计划草案的报告\n各位代表:");
        assertEquals(DocumentMetadata.ANNUAL, annual.kind());
        assertEquals(Optional.of(2023), annual.year());
        assertEquals(Optional.of("庚辛县"), annual.region());
        DocumentMetadata other = meta("关于印发通知\n各单位:");
        assertEquals(DocumentMetadata.OTHER, other.kind());
        assertEquals(Optional.empty(), other.year());
    }

    @Test
    void thePageDateStandsInWhenTheTextGivesNone() {
        String text = "连州市2020年上半年国民经济和社会发展计划执行情况的报告\n一、上半年执行情况\n";
        List<String> page = List.of("头部", "来源:连州市发展和改革局 发布时间:2021-03-05 18:05:28 字体大小:");
        DocumentMetadata m = MetadataExtractor.extract(text, StructureParser.parse(text), page);
        assertEquals(Optional.of("2021-03-05"), m.date());
        assertEquals(Optional.of(2020), m.year());
        // A date the text states wins; numbers in other chrome lines are no date.
        String dated = "某某县人民政府工作报告\n——2024年1月10日在某某县第十届人民代表大会第四次会议上\n2023年工作回顾\n";
        assertEquals(Optional.of("2024-01-10"),
                MetadataExtractor.extract(dated, StructureParser.parse(dated), page).date());
        assertEquals(Optional.empty(), MetadataExtractor.extract(text, StructureParser.parse(text),
                List.of("粤ICP备2021-0305-12号", "浏览次数: 2021")).date());
    }

    @Test
    void documentPropertiesStandInWhereTheTextStatesNothing() {
        String text = "各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议。\n";
        DocumentProperties props = DocumentProperties.of("Microsoft Word - 某某县2024年政府工作报告.doc",
                "张三丰", "2024-01-15");
        DocumentMetadata m = MetadataExtractor.extract(text, StructureParser.parse(text), List.of(), props);
        assertEquals("某某县2024年政府工作报告", m.title());
        assertEquals(Optional.of("2024-01-15"), m.date());
        assertEquals(Optional.of("张三丰"), m.speaker());
        // a template's author and a title naming no report are not taken
        DocumentProperties junk = DocumentProperties.of("PowerPoint 演示文稿", "微软用户", null);
        DocumentMetadata j = MetadataExtractor.extract(text, StructureParser.parse(text), List.of(), junk);
        assertEquals("各位代表:", j.title());
        assertEquals(Optional.empty(), j.speaker());
        assertEquals(Optional.empty(), j.date());
    }

    @Test
    void whatTheTextStatesWinsOverDocumentProperties() {
        String text = "某某县人民政府工作报告\n——2024年1月10日在某某县第十届人民代表大会第四次会议上\n"
                + "某某县人民政府县长 张三丰\n";
        DocumentMetadata m = MetadataExtractor.extract(text, StructureParser.parse(text), List.of(),
                DocumentProperties.of("2023年工作报告", "李四", "2023-12-30"));
        assertEquals("某某县人民政府工作报告", m.title());
        assertEquals(Optional.of("2024-01-10"), m.date());
        assertEquals(Optional.of("张三丰"), m.speaker());
    }
}
