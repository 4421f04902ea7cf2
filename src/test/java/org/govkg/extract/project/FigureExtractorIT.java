package org.govkg.extract.project;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.govkg.extract.Figure;
import org.govkg.extract.FigureExtractor;
import org.junit.jupiter.api.Test;

/** Reported figures of corpus 000 and 004, as their texts state them. */
class FigureExtractorIT {

    private static List<Figure> figures(String text) {
        return new FigureExtractor().extract(Docs.analyzed(text)).figures();
    }

    private static Figure only(List<Figure> all, String indicator, String measure, String period) {
        List<Figure> f = all.stream()
                .filter(x -> x.indicator().equals(indicator) && x.measure().equals(measure)
                && x.period().equals(period)).toList();
        assertEquals(1, f.size(), indicator + " " + measure + " " + period + " in " + all);
        return f.get(0);
    }

    @Test
    void headlineFiguresOf000() {
        String text = "报告清远市清城区2025年上半年国民经济和社会发展计划执行情况。\n"
                + "(一)坚持稳中求进,经济指标回升向好。经济运行稳中向好。上半年,全区实现地区生产总值387.40亿元、"
                + "同比增长4.9%,增速比一季度提高0.4个百分点;规上工业增加值143.55亿元,同比增长6.5%;"
                + "固定资产投资168.31亿元,同比下降15.6%;商品房销售面积77.77万平方米,同比下降0.4%。\n";
        List<Figure> all = figures(text);
        Figure gdp = only(all, "gdp", "actual", "2025-H1");
        assertEquals(Optional.of(new BigDecimal("387.40")), gdp.value());
        assertEquals(Optional.of("亿元"), gdp.unit());
        assertEquals(Optional.of(new BigDecimal("4.9")), gdp.growth());
        assertEquals(Optional.of("yoy"), gdp.basis());
        assertEquals("地区生产总值387.40亿元、同比增长4.9%", gdp.text());
        assertEquals(text.indexOf("地区生产总值"), gdp.span().start());
        assertEquals(-1, gdp.region());
        Figure industry = only(all, "industrialValueAdded", "actual", "2025-H1");
        assertEquals(Optional.of(new BigDecimal("143.55")), industry.value());
        Figure investment = only(all, "fixedAssetInvestment", "actual", "2025-H1");
        assertEquals(Optional.of(new BigDecimal("-15.6")), investment.growth());
        Figure housing = only(all, "realEstateSales", "actual", "2025-H1");
        assertEquals(Optional.of("万平方米"), housing.unit());
        assertEquals(Optional.of(new BigDecimal("-0.4")), housing.growth());
    }

    @Test
    void flattenedTableOf004() {
        String text = "连州市2020年上半年国民经济和社会发展计划执行情况\n"
                + "表:连州市2020年上半年国民经济和社会发展主要指标完成情况\n指标名称\n2020年连州全年预期目标\n"
                + "2020年清远市下达上半年指导性预期目标\n2020年连州上半年完成情况\n清远市排名\n"
                + "地区生产总值\n6.5%\n1.0%\n-2.0%\n5\n"
                + "城镇登记失业率\n3.0%以内\n2.5%以内\n2.47%\n--\n";
        List<Figure> all = figures(text);
        assertEquals(Optional.of(new BigDecimal("6.5")), only(all, "gdp", "target", "2020").growth());
        assertEquals(Optional.of(new BigDecimal("1.0")), only(all, "gdp", "target", "2020-H1").growth());
        Figure actual = only(all, "gdp", "actual", "2020-H1");
        assertEquals(Optional.of(new BigDecimal("-2.0")), actual.growth());
        assertEquals(Optional.empty(), actual.value());
        Figure unemployment = only(all, "unemploymentRate", "actual", "2020-H1");
        assertEquals(Optional.of(new BigDecimal("2.47")), unemployment.value());
        assertEquals(Optional.of("%"), unemployment.unit());
        assertEquals(Optional.of(new BigDecimal("3.0")),
                only(all, "unemploymentRate", "target", "2020").value());
        assertEquals(6, all.size(), all.toString());
    }

    @Test
    void proseFiguresOf004() {
        String text = "连州市2020年上半年国民经济和社会发展计划执行情况\n"
                + "  上半年,全市实现地区生产总值70.13亿元,同比下降2.0%,比第一季度收窄5.2个百分点。"
                + "固定资产投资同比增长31%。规上工业增加值10.76亿元,同比增长9.2%。\n";
        List<Figure> all = figures(text);
        Figure gdp = only(all, "gdp", "actual", "2020-H1");
        assertEquals(Optional.of(new BigDecimal("70.13")), gdp.value());
        assertEquals(Optional.of(new BigDecimal("-2.0")), gdp.growth());
        Figure fai = only(all, "fixedAssetInvestment", "actual", "2020-H1");
        assertEquals(Optional.empty(), fai.value());
        assertEquals(Optional.of(new BigDecimal("31")), fai.growth());
        assertEquals(Optional.of(new BigDecimal("10.76")),
                only(all, "industrialValueAdded", "actual", "2020-H1").value());
    }

    @Test
    void workReportTargetsAreForTheComingYear() {
        String text = "2022年工作回顾\n2022年,全区实现地区生产总值180.39亿元,同比增长0.6%。\n"
                + "2023 年工作安排\n全区经济社会发展主要预期目标是：地区生产总值增长7.0%。\n";
        List<Figure> all = figures(text);
        assertEquals(Optional.of(new BigDecimal("180.39")), only(all, "gdp", "actual", "2022").value());
        assertEquals(Optional.of(new BigDecimal("7.0")), only(all, "gdp", "target", "2023").growth());
    }
}
