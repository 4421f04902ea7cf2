package org.govkg.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChromeFilterTest {

    private static ChromeFilter.Result filter(String s) {
        return ChromeFilter.filter(MappedText.of(s));
    }

    @Test
    void removesChromeLinesAndKeepsTitleAndBody() {
        String s = "无障碍阅读 适老模式\n当前位置：首页 > 政务公开\n某某县2024年政府工作报告\n"
                + "发布日期：2024-02-01 来源：县政府办 浏览次数：12\n【打印本页】【关闭窗口】\n"
                + "一、工作回顾。来源于群众的意见。\n3秒钟之后将自动跳转到新页面\n粤ICP备12345678号\n";
        ChromeFilter.Result r = filter(s);
        assertEquals("某某县2024年政府工作报告\n一、工作回顾。来源于群众的意见。\n", r.text().text());
        assertEquals(6, r.removedLines());
        assertEquals(s.indexOf("某某县"), r.text().original(0));
        // The removed lines are kept for metadata: the page's date bar is one of them.
        assertEquals(java.util.List.of("无障碍阅读 适老模式", "当前位置：首页 > 政务公开",
                "发布日期：2024-02-01 来源：县政府办 浏览次数：12", "【打印本页】【关闭窗口】",
                "3秒钟之后将自动跳转到新页面", "粤ICP备12345678号"), r.lines());
    }

    @Test
    void footerMarkerNearTheEndDropsTheRest() {
        String body = "正文第一段。\n".repeat(10);
        String s = body + "底部\n主办单位信息\n地址：某路1号\n";
        ChromeFilter.Result r = filter(s);
        assertEquals(body, r.text().text());
        assertEquals(3, r.removedLines());
    }

    @Test
    void longLinesAreNeverChrome() {
        String s = "版权所有" + "的保护，".repeat(50) + "\n";
        assertEquals(s, filter(s).text().text());
    }
}
