package org.govkg.extract.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmountTest {

    @Test
    void annualCompletedInvestmentInYiYuan() {
        List<Amount> a = Amount.find("清花高速清城段年度完成投资4.07亿元、全线建设总体进度达87.7%");
        assertEquals(1, a.size());
        assertEquals(new BigDecimal("407000000"), a.get(0).yuan());
        assertEquals("completed", a.get(0).kind());
        assertEquals("年度完成投资4.07亿元", a.get(0).text());
        assertEquals(7, a.get(0).start());
        assertEquals(19, a.get(0).end());
    }

    @Test
    void totalInvestmentWithApproximation() {
        List<Amount> a = Amount.find("推动总投资约50亿元万洋众创城项目加快建设");
        assertEquals(1, a.size());
        assertEquals(new BigDecimal("5000000000"), a.get(0).yuan());
        assertEquals("total", a.get(0).kind());
        assertEquals("总投资约50亿元", a.get(0).text());
        assertEquals(2, a.get(0).start());
    }

    @Test
    void wanYuanWithoutYuanAndAnnualPlan() {
        List<Amount> a = Amount.find("年度投资计划76.48亿元，累计完成投资27741.8万");
        assertEquals(2, a.size());
        assertEquals("annualPlan", a.get(0).kind());
        assertEquals(new BigDecimal("7648000000"), a.get(0).yuan());
        assertEquals("completed", a.get(1).kind());
        assertEquals(new BigDecimal("277418000"), a.get(1).yuan());
    }

    @Test
    void plannedInvestmentOfAProjectIsItsTotal() {
        List<Amount> a = Amount.find("计划投资25亿元的顺盈现代商贸综合体");
        assertEquals("total", a.get(0).kind());
        assertEquals(new BigDecimal("2500000000"), a.get(0).yuan());
    }

    @Test
    void moneyWithoutAnInvestmentWordIsNotAnInvestment() {
        assertTrue(Amount.find("核销金额1.28亿元，有效拉动消费约11亿元").isEmpty());
    }
}
