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
        assertEquals("某某县2024年政府工作报告\n来源：县政府办\n一、工作回顾。来源于群众的意见。\n", r.text().text());
        assertEquals(6, r.removedLines());
        assertEquals(s.indexOf("某某县"), r.text().original(0));
        // The removed lines are kept for metadata: the page's date bar is one of them.
        assertEquals(java.util.List.of("无障碍阅读 适老模式", "当前位置：首页 > 政务公开",
                "发布日期：2024-02-01 来源：县政府办 浏览次数：12", "【打印本页】【关闭窗口】",
                "3秒钟之后将自动跳转到新页面", "粤ICP备12345678号"), r.lines());
    }

    @Test
    void thePublisherOfADroppedDateBarStaysOnALineOfItsOwn() {
        String s = "某县2020年计划执行情况的报告\n来源:某县发展和改革局 发布时间:2021-03-05 18:05 浏览次数:-\n"
                + "时间: 2024-01-04 来源:本网   发布机构:   点击:-\n正文。\n";
        ChromeFilter.Result r = filter(s);
        assertEquals("某县2020年计划执行情况的报告\n来源:某县发展和改革局\n来源:本网\n正文。\n", r.text().text());
        assertEquals(2, r.removedLines());
        int at = r.text().text().indexOf("某县发展");
        assertEquals(s.indexOf("某县发展"), r.text().original(at));
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
    void editorLineNearTheEndDropsTheRelatedArticlesAfterIt() {
        String body = "正文第一段。\n".repeat(10);
        String s = body + "责任编辑：\n李某某\n相关链接>>\n某某解读：在服务大局中前行\n";
        ChromeFilter.Result r = filter(s);
        assertEquals(body, r.text().text());
        assertEquals(4, r.removedLines());
    }

    @Test
    void longLinesAreNeverChrome() {
        String s = "版权所有" + "的保护，".repeat(50) + "\n";
        assertEquals(s, filter(s).text().text());
    }

    @Test
    void removesToolbarAndFontSizeWidgetSplitOverLines() {
        String s = "下载\n打印\n全屏\n收藏\n【字号：\n加大\n还原\n减小\n】\n某市政府工作报告\n"
                + "【字体：\n大\n中\n小\n】\n下载 打印 全屏 收藏 【字号：加大 还原 减小】\n正文。\n";
        ChromeFilter.Result r = filter(s);
        assertEquals("某市政府工作报告\n正文。\n", r.text().text());
        assertEquals(15, r.removedLines());
        assertEquals(s.indexOf("正文"), r.text().original(r.text().text().indexOf("正文")));
    }

    @Test
    void removesSplitBreadcrumbEditorIdsUrlsAndCellBars() {
        String s = "您的位置:\n首页\n>\n云南要闻\n报告标题\n责任编辑：李莎莎\n相关附件>>\n"
                + "abcd39f1fb7f426d9dfb6bd0fa1f2146:\nhttps://example.gov.cn/a.html?id=1\n | \n正文。\n";
        ChromeFilter.Result r = filter(s);
        assertEquals("报告标题\n正文。\n", r.text().text());
        assertEquals(9, r.removedLines());
    }

    @Test
    void stripsCrawlerFieldLabelsAndPlaceholderTokensKeepingOffsets() {
        String s = "标题：某县2019年政府工作报告\n来源URL：https://a.gov.cn/x.asp?id=5\n正文：\n"
                + "过去一年，关键词2坚持发展。\n";
        ChromeFilter.Result r = filter(s);
        assertEquals("某县2019年政府工作报告\n过去一年，坚持发展。\n", r.text().text());
        assertEquals(2, r.removedLines());
        assertEquals(s.indexOf("某县"), r.text().original(0));
        int at = r.text().text().indexOf("坚持");
        assertEquals(s.indexOf("坚持"), r.text().original(at));
        assertEquals(s.indexOf("关键词2"), r.text().original(at - 1) + 1);
    }
}
