package org.govkg.extract.program;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.govkg.extract.Attr;
import org.govkg.extract.Mention;
import org.govkg.lexicon.ProgramLexicon;
import org.govkg.text.Span;
import org.junit.jupiter.api.Test;

class ProgramFinderTest {

    private final ProgramFinder finder = new ProgramFinder(ProgramLexicon.get());

    private List<Mention> find(String text) {
        return finder.find(text, List.of());
    }

    @Test
    void quotedNamesWithFollowWordAndIssuingLevel() {
        List<Mention> m = find("认真落实省委“1310”具体部署和市委“十大行动方案”，进入省“百千万工程”名单。");
        assertEquals(3, m.size());
        assertEquals("1310具体部署", m.get(0).name());
        assertEquals(new Span(6, 16), m.get(0).span());
        assertEquals("“1310”具体部署", m.get(0).surface());
        assertEquals("省委", m.get(0).attributes().get(Attr.ISSUING_LEVEL));
        assertEquals("十大行动方案", m.get(1).name());
        assertEquals(new Span(19, 27), m.get(1).span());
        assertEquals("市委", m.get(1).attributes().get(Attr.ISSUING_LEVEL));
        assertEquals(new Span(31, 38), m.get(2).span());
        assertEquals("省", m.get(2).attributes().get(Attr.ISSUING_LEVEL));
    }

    @Test
    void placeBeforeQuoteIsNoIssuer() {
        List<Mention> m = find("推进清新区“四个清新”建设。");
        assertEquals(1, m.size());
        assertEquals("四个清新", m.get(0).name());
        assertFalse(m.get(0).attributes().containsKey(Attr.ISSUING_LEVEL));
    }

    @Test
    void unquotedHeadWordAndKnownNamesButNotConstructionProjects() {
        List<Mention> m = find("深入实施清远鸡百亿产业行动计划，全面推行田长制，南部物流枢纽项目二期工程基本完工。");
        assertEquals(2, m.size());
        assertEquals("清远鸡百亿产业行动计划", m.get(0).name());
        assertEquals(new Span(4, 15), m.get(0).span());
        assertEquals("田长制", m.get(1).name());
        assertEquals(new Span(20, 23), m.get(1).span());
    }

    @Test
    void runOfQuotedNamesAndExpansionOfNumberedName() {
        List<Mention> m = find("开展“粤菜师傅”“南粤家政”“广东技工”三项工程，扎实推进外贸、外资、外包、外经、外智“五外联动”。");
        assertEquals(List.of(new Span(2, 8), new Span(8, 14), new Span(14, 20), new Span(43, 49)),
                m.stream().map(Mention::span).toList());
        assertEquals("外贸、外资、外包、外经、外智", m.get(3).attributes().get(Attr.EXPANSION));
    }

    @Test
    void expansionNeedsTheCountToAgree() {
        List<Mention> m = find("推进外贸、外资“五外联动”。");
        assertEquals(1, m.size());
        assertFalse(m.get(0).attributes().containsKey(Attr.EXPANSION));
    }

    @Test
    void followWordJoinsTheLabel() {
        List<Mention> m = find("实施“粤菜师傅”工程和“五四一”化债方案。");
        assertEquals(List.of("粤菜师傅工程", "五四一化债方案"), m.stream().map(Mention::name).toList());
        assertEquals(new Span(2, 10), m.get(0).span());
    }

    @Test
    void genericActivitiesSlogansHolidaysAndTitlesAreNotPrograms() {
        assertTrue(find("大力推进招商引资，做好疫情防控工作。").isEmpty());
        assertTrue(find("坚持“疫情要防住、经济要稳住、发展要安全”的要求。").isEmpty());
        assertTrue(find("“五一”期间，新增“四上”企业，荣获“广东省信用县建设创新单位”称号。").isEmpty());
        assertTrue(find("运营“清城优选”区域公用品牌。").isEmpty());
    }

    @Test
    void bookTitleOfAPlan() {
        List<Mention> m = find("实施《连州市优化营商环境综合改革行动方案(试行)》，印发《关于加强管理的通知》。");
        assertEquals(1, m.size());
        assertEquals("连州市优化营商环境综合改革行动方案(试行)", m.get(0).name());
    }

    @Test
    void listedShortItemsBelongToTheName() {
        List<Mention> m = find("一体推进蓝天、碧水、净土保卫战。");
        assertEquals(1, m.size());
        assertEquals("蓝天、碧水、净土保卫战", m.get(0).name());
    }

    @Test
    void statedShortFormTakesTheFullName() {
        String text = "实施清远市乡村振兴五年行动计划（以下简称“五年计划”），推进“五年计划”。";
        List<Mention> m = find(text);
        assertEquals(List.of(new Span(2, 15), new Span(20, 26), new Span(30, 36)),
                m.stream().map(Mention::span).toList());
        assertEquals(List.of("清远市乡村振兴五年行动计划", "清远市乡村振兴五年行动计划", "五年计划"),
                m.stream().map(Mention::name).toList());
    }

    @Test
    void whichDefinedTermsNamePrograms() {
        for (String yes : List.of("三铁工程", "5080", "稳增长21条", "一地、两区、三城", "平安清远建设三项攻坚任务", "1+1+N春风工作体系",
                "“放管服”改革", "新时代“枫桥经验”", "河长制")) {
            assertTrue(finder.namesProgram(yes), yes);
        }
        for (String no : List.of("四馆一中心", "“口袋”公园", "地区生产总值(GDP)", "固定资产投资", "“专精特新”企业")) {
            assertFalse(finder.namesProgram(no), no);
        }
    }

    @Test
    void countsRecordsAndDatesAreNotPrograms() {
        assertTrue(find("油菜产量实现“18连增”，外贸实现“六连增”，赢得“三连击”。").isEmpty());
        assertTrue(find("建成“40桥24隧”，处置“8·20”事故，打造“141”。").isEmpty());
    }

    @Test
    void brandBeforeAProvinceOrCityNameIsAProgram() {
        List<Mention> m = find("建设更高水平平安四川法治四川。数字重庆底座归集数据。");
        assertEquals(List.of("平安四川", "法治四川"), m.stream().map(Mention::name).toList());
        assertEquals(List.of(new Span(6, 10), new Span(10, 14)), m.stream().map(Mention::span).toList());
        assertEquals(List.of("美丽湖北"), find("推进美丽湖北建设。").stream().map(Mention::name).toList());
        assertTrue(find("狠抓平安清远建设三项攻坚任务。").stream().noneMatch(x -> x.name().equals("平安清远")));
    }

    @Test
    void bareHeadWordsAndGenericStrategiesAreNotPrograms() {
        assertTrue(find("开展专项行动，实施提质行动，推进共同行动。").isEmpty());
        assertTrue(find("主动融入国家重大区域发展战略，我们服务国家战略。").isEmpty());
        assertTrue(find("积极贡献中国方案。").isEmpty());
    }

    @Test
    void goalWordsBeforeHeadMakeAProgramWithItsLeftBoundary() {
        List<Mention> m = find("深入实施房屋品质提升工程和天府文艺名作高峰计划，打好科尔沁沙地歼灭战。");
        assertEquals(List.of("房屋品质提升工程", "天府文艺名作高峰计划", "科尔沁沙地歼灭战"),
                m.stream().map(Mention::name).toList());
        assertEquals(List.of(new Span(4, 12), new Span(13, 23), new Span(26, 34)),
                m.stream().map(Mention::span).toList());
        assertTrue(find("完成景区旅游道路提升工程。").isEmpty());
    }

    @Test
    void widelyKnownNationalProgramsWithoutQuotes() {
        List<Mention> m = find("深入实施新时代西部大开发，严格落实中央八项规定精神。");
        assertEquals(List.of("新时代西部大开发", "中央八项规定"), m.stream().map(Mention::name).toList());
        assertEquals(List.of(new Span(4, 12), new Span(17, 23)), m.stream().map(Mention::span).toList());
    }

    @Test
    void quotedNameWithThinkingOrDeploymentHeadIsOneName() {
        List<Mention> m = find("按照“13669”总体思路和“三个一”部署推进。");
        assertEquals(List.of("13669总体思路", "三个一部署"), m.stream().map(Mention::name).toList());
        assertEquals(List.of(new Span(2, 13), new Span(14, 21)), m.stream().map(Mention::span).toList());
    }

    private List<String> names(String text) {
        return find(text).stream().map(Mention::name).toList();
    }

    @Test
    void quoteThatIsTheWholeObjectOfAVerbOfCarryingOut() {
        assertEquals(List.of("3个100万", "川居好房"), names("深入推进“3个100万”，打造“川居好房”。实现“大病不出县”。"));
        assertEquals(new Span(4, 12), find("深入推进“3个100万”，").get(0).span());
        assertTrue(find("打造“川居好房”品质，实现“家门口”。").isEmpty());
    }

    @Test
    void numberedNamesInARunCountAsAlone() {
        assertEquals(List.of("两重", "两新"), names("争取“两重”“两新”资金311.5亿元。"));
        assertEquals(List.of(new Span(2, 6), new Span(7, 11)),
                find("落实“两重”、“两新”等国家政策。").stream().map(Mention::span).toList());
    }

    @Test
    void followWordsWrittenOneAfterAnotherJoinTheLabel() {
        assertEquals(List.of("九五普法规划"), names("编制实施“九五”普法规划，深化法治乡村建设。"));
        assertEquals(new Span(4, 12), find("编制实施“九五”普法规划，").get(0).span());
    }

    @Test
    void listedSloganNamedByACampaignHead() {
        assertEquals(List.of("提高效率、提升效能、提增效益行动"), names("聚焦“提高效率、提升效能、提增效益”行动，传承。"));
        assertTrue(find("深化开发区“管理体制、运营机制与要素配置”改革，探索。").isEmpty());
    }

    @Test
    void aBoundaryCharacterInsideAWordEndsNothing() {
        List<Mention> m = find("实施规模以上工业企业研发活动扶持计划，累计支持。");
        assertEquals(List.of("规模以上工业企业研发活动扶持计划"), m.stream().map(Mention::name).toList());
        assertEquals(new Span(2, 18), m.get(0).span());
    }

    @Test
    void aVerbRightBeforeTheHeadBelongsToTheName() {
        assertEquals(List.of("国企改革深化提升行动", "理工科强化行动"), names("全面完成国企改革深化提升行动，实施理工科强化行动。"));
        assertTrue(find("持续实施提质行动，开展专项行动。").isEmpty());
    }

    @Test
    void shortItemsListedAfterAVerbBelongToTheName() {
        List<Mention> m = find("深入实施粮油生产、储备、加工能力提升行动，开展抓招商、推项目、促落地专项行动。");
        assertEquals(List.of("粮油生产、储备、加工能力提升行动", "抓招商、推项目、促落地专项行动"),
                m.stream().map(Mention::name).toList());
        assertEquals(List.of(new Span(4, 20), new Span(23, 38)), m.stream().map(Mention::span).toList());
    }

    @Test
    void twoNounsWithTheSameHeadJoinedByAConjunction() {
        assertEquals(List.of("农村留守儿童和困境儿童关爱服务质量提升三年行动计划"),
                names("深入实施农村留守儿童和困境儿童关爱服务质量提升三年行动计划，加强。"));
        assertEquals(List.of("农村人居环境整治三年行动"), names("推进乡村振兴和农村人居环境整治三年行动。"));
    }

    @Test
    void aNameMayEndBeforeAQuantityOrAPredicateAdverb() {
        assertEquals(List.of("粮食单产提升工程"), names("实施粮食单产提升工程超600万亩，粮食增产。"));
        assertEquals(List.of("便捷超充行动计划"), names("便捷超充行动计划顺利完成。"));
    }

    @Test
    void numberedSetsOfMeasures() {
        List<Mention> m = find("制定实施稳增长惠民生27条、金融支持民营经济发展12条等政策举措。出台科技金融20条政策措施。");
        assertEquals(List.of("稳增长惠民生27条", "金融支持民营经济发展12条", "科技金融20条"),
                m.stream().map(Mention::name).toList());
        assertEquals(List.of(new Span(4, 13), new Span(14, 27), new Span(35, 46)),
                m.stream().map(Mention::span).toList());
        assertEquals("科技金融20条政策措施", m.get(2).surface());
        assertTrue(find("新建道路15条，开通航线13条，提出4个方面21条措施。").isEmpty());
        assertTrue(find("印发《清远市人才工作新十条政策(试行)》。").isEmpty());
    }

    @Test
    void promisedTasksCensusesAndFiveYearPlanOutlines() {
        assertEquals(List.of("20件民生实事", "第四次农业普查"), names("高质量完成20件民生实事。开展第四次农业普查。"));
        assertTrue(find("办好每一件实事。").isEmpty());
        List<Mention> m = find("编制了辽宁省国民经济和社会发展第十五个五年规划纲要(草案)，提请审议。");
        assertEquals(List.of("辽宁省国民经济和社会发展第十五个五年规划纲要"), m.stream().map(Mention::name).toList());
        assertEquals(new Span(3, 29), m.get(0).span());
    }

    @Test
    void aCountedHeadAfterATopic() {
        assertEquals(List.of("扩消费六大工程", "城建六大攻坚行动"), names("统筹推进扩消费六大工程、城建六大攻坚行动。"));
        assertTrue(find("实施六大工程，构建先进制造业五大体系。").isEmpty());
    }

    @Test
    void brandNameBeforeItsBuildingAndPredicate() {
        assertEquals(List.of("法治贵州"), names("法治贵州建设达到更高水平。"));
        assertEquals(List.of("法治广西", "平安广西"), names("法治广西、平安广西建设成效显著。"));
    }

    @Test
    void topicBeforeANumberedQuoteBelongsToIt() {
        List<Mention> m = find("开展3轮爱国卫生“7个专项行动”，统筹推进国有“三资”管理改革。");
        assertEquals(List.of("爱国卫生7个专项行动", "国有三资管理改革"), m.stream().map(Mention::name).toList());
        assertEquals(List.of(new Span(4, 16), new Span(21, 31)), m.stream().map(Mention::span).toList());
    }

    @Test
    void aPredicativeWordIsNoTopic() {
        String text = "坚决做到“两个维护”。";
        List<Mention> m = finder.find(text, List.of(), List.of(), at -> at == 2 || at == 3);
        assertEquals(List.of("两个维护"), m.stream().map(Mention::name).toList());
        assertEquals(new Span(4, 10), m.get(0).span());
    }

    @Test
    void numberedQuoteModifyingAFacilityOrAKindOfEnterprise() {
        assertTrue(find("创建“两山”实践创新基地，进行“六上”企业大走访。").isEmpty());
        assertTrue(find("建设“一中心多园区”企业出海综合服务平台，完善“四上”企业培育机制。").isEmpty());
    }

    @Test
    void quotedNameAndTheHeadWordNameAfterItAreOne() {
        List<Mention> m = find("开展国企“三能”机制改革攻坚专项行动，深入实施整体提升教育水平攻坚行动“七大工程”。");
        assertEquals(List.of("国企三能机制改革攻坚专项行动", "整体提升教育水平攻坚行动七大工程"),
                m.stream().map(Mention::name).toList());
        assertEquals(List.of(new Span(2, 18), new Span(23, 41)), m.stream().map(Mention::span).toList());
    }

    @Test
    void contextAfterEtcOrASeries() {
        assertEquals(List.of("企呼我办", "乐购辽宁"), names("“企呼我办”等新机制推动解决，持续开展“乐购辽宁”系列活动。"));
    }
}
