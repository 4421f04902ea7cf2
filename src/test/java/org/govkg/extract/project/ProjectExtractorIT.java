package org.govkg.extract.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.govkg.extract.Attr;
import org.govkg.extract.Extraction;
import org.govkg.extract.Mention;
import org.govkg.extract.ProjectExtractor;
import org.govkg.extract.RelationKind;
import org.junit.jupiter.api.Test;

/** The project extractor on real sentences of the bundled corpus, with HanLP. */
class ProjectExtractorIT {

    private static Extraction run(String text) {
        return new ProjectExtractor().extract(Docs.analyzed(text));
    }

    private static Mention project(Extraction e, String name) {
        return e.mentions().stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in "
                        + Docs.names(e.mentions(), "Project")));
    }

    @Test
    void listBeforeCountedGroupGivesOneProjectPerItem() {
        Extraction e = run("古龙峡二期扩建工程、窝兰山居康养度假区、珠珠峡生态旅游度假区和千影悦农旅度假区等一批重点旅游项目顺利推进。");
        assertEquals(List.of("古龙峡二期扩建工程", "窝兰山居康养度假区", "珠珠峡生态旅游度假区", "千影悦农旅度假区"),
                Docs.names(e.mentions(), "Project"));
        assertEquals("二期", project(e, "古龙峡二期扩建工程").attributes().get(Attr.PHASE));
        // The group's progress is each item's status; no amount is stated.
        assertEquals("underConstruction", project(e, "窝兰山居康养度假区").attributes().get(Attr.STATUS));
        assertFalse(project(e, "窝兰山居康养度假区").attributes().containsKey(Attr.INVESTMENT));
    }

    @Test
    void annualCompletedInvestmentOfAHighwaySection() {
        String s = "清远磁浮开通运营,清花高速清城段年度完成投资4.07亿元、全线建设总体进度达87.7%。";
        Extraction e = run(s);
        Mention m = project(e, "清花高速清城段");
        assertEquals(s.indexOf("清花高速"), m.span().start());
        assertEquals("407000000", m.attributes().get(Attr.INVESTMENT));
        assertEquals("completed", m.attributes().get(Attr.INVESTMENT_KIND));
        assertEquals("年度完成投资4.07亿元", m.attributes().get(Attr.INVESTMENT_TEXT));
        Mention maglev = project(e, "清远磁浮");
        assertEquals("inOperation", maglev.attributes().get(Attr.STATUS));
        assertEquals("开通运营", maglev.attributes().get(Attr.STATUS_TEXT));
        assertFalse(maglev.attributes().containsKey(Attr.INVESTMENT));
    }

    @Test
    void amountBeforeAProjectIsItsTotal() {
        Extraction e = run("促进营富、荷兴、汇鸿等低效工业集聚区提质增效,推动总投资约50亿元万洋众创城项目加快建设。");
        Mention m = project(e, "万洋众创城项目");
        assertEquals("5000000000", m.attributes().get(Attr.INVESTMENT));
        assertEquals("total", m.attributes().get(Attr.INVESTMENT_KIND));
    }

    @Test
    void twoProjectsTwoAmountsInOneClause() {
        Extraction e = run("计划投资25亿元的顺盈现代商贸综合体、投资4.5亿元的大周国际商贸城加快推进。");
        assertEquals("2500000000", project(e, "顺盈现代商贸综合体").attributes().get(Attr.INVESTMENT));
        assertEquals("450000000", project(e, "大周国际商贸城").attributes().get(Attr.INVESTMENT));
        assertEquals("underConstruction", project(e, "大周国际商贸城").attributes().get(Attr.STATUS));
    }

    @Test
    void aGroupAmountIsNotGivenToOneMember() {
        Extraction e = run("其中,广东清远经开区基础配套设施项目、清新水泥二期项目等18个省、市重点项目完成投资13.95亿元。");
        Mention m = project(e, "清新水泥二期项目");
        assertFalse(m.attributes().containsKey(Attr.INVESTMENT), m.attributes().toString());
    }

    @Test
    void completedProjectStartsAfterTheVerb() {
        String s = "石角镇石岩庙电灌站扩容改造工程完工,沙埗溪生态流量和沿线农田灌溉用水得到有效保障。";
        Mention m = project(run(s), "石角镇石岩庙电灌站扩容改造工程");
        assertEquals(0, m.span().start());
        assertEquals("completed", m.attributes().get(Attr.STATUS));
        assertEquals("完工", m.attributes().get(Attr.STATUS_TEXT));
    }

    @Test
    void thePlacesANameOpensWithArePlaceMentionsAndWhereItLiesIsLeftToResolution() {
        String s = "打造清城区飞来峡镇“北江荟”科普研学营作为水经济试点项目。";
        Extraction e = run(s);
        Mention m = project(e, "清城区飞来峡镇北江荟科普研学营");
        assertEquals(s.indexOf("清城区"), m.span().start());
        assertEquals(List.of("清城区", "飞来峡镇"), Docs.names(e.mentions(), "Place"));
        assertEquals(List.of(), e.relations().stream().filter(x -> x.kind().equals(RelationKind.LOCATED_IN))
                .toList());
    }

    @Test
    void namesInsideDocumentTitlesAreNotProjects() {
        Extraction e = run("制定印发《清远市清城区过渡性开发项目用地交易办法(试行)》。");
        List<String> projects = Docs.names(e.mentions(), "Project");
        assertTrue(projects.isEmpty(), projects.toString());
    }

    @Test
    void programsCategoriesAndCountsAreNotProjects() {
        Extraction e = run("2025年我区重点建设项目共66项,年度投资计划76.48亿元。"
                + "新桥村获评省“百千万工程”表现突出集体。投资1208.4万元推动高标准农田改造提升3300亩。");
        List<String> projects = Docs.names(e.mentions(), "Project");
        assertTrue(projects.isEmpty(), projects.toString());
    }

    @Test
    void companyProjectIsByTheCompany() {
        Extraction e = run("推进广东雄星新材料有限公司项目、广东爱健康生物科技有限公司电商总部项目落地。");
        assertEquals(List.of("广东雄星新材料有限公司项目", "广东爱健康生物科技有限公司电商总部项目"),
                Docs.names(e.mentions(), "Project"));
        long byOrg = e.relations().stream().filter(r -> r.kind() == RelationKind.BY_ORGANIZATION).count();
        assertEquals(2, byOrg);
    }

    @Test
    void aStatusAfterATargetWordIsAGoal() {
        Extraction e = run("配合市打造北江生态经济带，力促银盏矿坑主题酒店项目三季度开工。");
        Mention m = project(e, "银盏矿坑主题酒店项目");
        // Not started yet: the report urges it to start.
        assertEquals("planned", m.attributes().get(Attr.STATUS));
        assertEquals("started", m.attributes().get(Attr.TARGET_STATUS));
        assertEquals("开工", m.attributes().get(Attr.STATUS_TEXT));
        Mention soon = project(run("配合市大力实施“三铁工程”，协助推动广清永高铁广东段尽早动工。"), "广清永高铁广东段");
        assertEquals("planned", soon.attributes().get(Attr.STATUS));
        assertEquals("started", soon.attributes().get(Attr.TARGET_STATUS));
    }

    @Test
    void theSameWordsInAReviewAreFacts() {
        Mention m = project(run("银盏矿坑主题酒店项目三季度开工。"), "银盏矿坑主题酒店项目");
        assertEquals("started", m.attributes().get(Attr.STATUS));
        assertFalse(m.attributes().containsKey(Attr.TARGET_STATUS));
        // 计划投资 states an amount, not a goal.
        Mention planned = project(run("计划投资25亿元的顺盈现代商贸综合体建成开业。"), "顺盈现代商贸综合体");
        assertEquals("completed", planned.attributes().get(Attr.STATUS));
        assertFalse(planned.attributes().containsKey(Attr.TARGET_STATUS));
    }

    @Test
    void completionInAWorkPlanIsATargetWithoutAState() {
        String review = "上半年工作回顾\n忠信电子纱项目一期建成投产。\n";
        String plan = "二、下半年工作安排\n进一步加快建滔东强二期、凯润、财荣、宝晖、诚洋等项目建成投产;"
                + "加快推进建滔忠信玻璃纤维和东强三、四期铜箔项目建设。\n";
        Extraction e = run(review + plan);
        Mention done = project(e, "忠信电子纱项目一期");
        assertEquals("inOperation", done.attributes().get(Attr.STATUS));
        assertFalse(done.attributes().containsKey(Attr.TARGET_STATUS));
        Mention goal = project(e, "建滔东强二期");
        assertEquals("inOperation", goal.attributes().get(Attr.TARGET_STATUS));
        assertFalse(goal.attributes().containsKey(Attr.STATUS), goal.attributes().toString());
        // Work under way stays a fact in a plan: 加快推进…建设 is under construction.
        Mention ongoing = project(e, "东强三、四期铜箔项目");
        assertEquals("underConstruction", ongoing.attributes().get(Attr.STATUS));
        assertFalse(ongoing.attributes().containsKey(Attr.TARGET_STATUS));
    }

    @Test
    void aGroupAmountBelongsToTheGroupNotToItsMembers() {
        String s = "其中,广东清远经开区基础配套设施项目、清新水泥二期项目等18个省、市重点项目完成投资13.95亿元,"
                + "占年度计划的73.15%。";
        Extraction e = run(s);
        assertEquals(List.of("广东清远经开区基础配套设施项目", "清新水泥二期项目"), Docs.names(e.mentions(), "Project"));
        for (Mention m : e.mentions()) {
            assertFalse(m.attributes().containsKey(Attr.INVESTMENT), m.toString());
            assertEquals("18个省、市重点项目", m.attributes().get(Attr.GROUP));
            assertEquals("18", m.attributes().get(Attr.GROUP_SIZE));
            assertEquals("1395000000", m.attributes().get(Attr.GROUP_INVESTMENT));
            assertEquals("completed", m.attributes().get(Attr.GROUP_INVESTMENT_KIND));
            assertEquals("完成投资13.95亿元", m.attributes().get(Attr.GROUP_INVESTMENT_TEXT));
            assertEquals(Integer.toString(s.indexOf("完成投资")), m.attributes().get(Attr.GROUP_AT));
        }
        // The amount opening the next clause is the group's too; 建设 in the group's name is no status.
        Extraction next = run("新丰电力、泓润实业、金盛锆钛、恒荣制造等20个项目成功签约,投资金额39.14亿元。");
        Mention m = project(next, "泓润实业");
        assertEquals("3914000000", m.attributes().get(Attr.GROUP_INVESTMENT));
        assertEquals("signed", m.attributes().get(Attr.STATUS));
        Mention built = project(run("清远海大集团华南制造基地项目等44个区级重点建设项目上半年完成投资16.65亿元。"),
                "清远海大集团华南制造基地项目");
        assertEquals("44个区级重点建设项目", built.attributes().get(Attr.GROUP));
        assertFalse(built.attributes().containsKey(Attr.STATUS), built.attributes().toString());
    }

    @Test
    void anAmountOfOneNamedProjectIsNotAGroupAmount() {
        Mention m = project(run("推动总投资约50亿元万洋众创城项目加快建设。"), "万洋众创城项目");
        assertEquals("5000000000", m.attributes().get(Attr.INVESTMENT));
        assertFalse(m.attributes().containsKey(Attr.GROUP));
    }

    @Test
    void aLevelWordThatIsTheSubjectOfAVerbIsNoPartOfTheName() {
        Extraction e = run("抢抓清远跨境电子商务综合试验区建设机遇，配合市建设保税物流中心（B 型），"
                + "依托广清空港现代物流产业新城，大力拓展航空物流、跨境物流、保税物流和冷链物流等终端。");
        assertTrue(Docs.names(e.mentions(), "Project").stream().noneMatch(n -> n.startsWith("市")),
                Docs.names(e.mentions(), "Project").toString());
    }

    @Test
    void aBarePlaceWithXiangmuIsNoProject() {
        Extraction e = run("坚持“筑优巢”“引好凤”,大力整合连州市项目资源。");
        assertEquals(List.of(), Docs.names(e.mentions(), "Project"));
    }

    @Test
    void eachListedItemKeepsItsOwnStatusWord() {
        Extraction e = run("配合市大力实施“三铁工程”，协助推动广清永高铁广东段尽早动工、广清城际北延线加快建设、"
                + "清远磁浮旅游专线一期尽快完工，加快清花高速等在建高速项目建设。");
        assertEquals("started", project(e, "广清永高铁广东段").attributes().get(Attr.TARGET_STATUS));
        assertEquals("underConstruction", project(e, "广清城际北延线").attributes().get(Attr.STATUS));
        assertEquals("completed", project(e, "清远磁浮旅游专线一期").attributes().get(Attr.TARGET_STATUS));
        Mention bridge = project(run("广清城际北延线首座连续梁顺利合龙、清远东站完工。"), "广清城际北延线");
        assertEquals("underConstruction", bridge.attributes().get(Attr.STATUS));
        Mention line = project(run("清远东站完工，清远市磁浮旅游专线上线调试。"), "清远市磁浮旅游专线");
        assertEquals("上线调试", line.attributes().get(Attr.STATUS_TEXT));
        assertEquals("underConstruction", line.attributes().get(Attr.STATUS));
    }

    private static List<String> projects(String text) {
        return Docs.names(run(text).mentions(), "Project");
    }

    @Test
    void everyListItemWithAListMarkOnItsLeftIsWhole() {
        // The boundary walk stops at 通航 and at 复; the items before it are still items.
        assertEquals(List.of("浪潮服务器生产线", "安意法8英寸碳化硅晶圆", "芯联12英寸特色工艺生产线",
                        "国际复材电子级玻璃纤维"),
                projects("浪潮服务器生产线、安意法8英寸碳化硅晶圆、芯联12英寸特色工艺生产线、"
                        + "国际复材电子级玻璃纤维等项目建成投产。"));
        // 增建 stands inside a name; 邕北灌区 ends in the noun 灌区, it is no bare place.
        assertEquals(List.of("黔桂铁路增建二线", "防城港30万吨级进港航道一期", "龙滩水电站1000吨级通航设施",
                        "邕北灌区"),
                projects("黔桂铁路增建二线、防城港30万吨级进港航道一期、龙滩水电站1000吨级通航设施、"
                        + "邕北灌区等项目顺利开工。"));
    }

    @Test
    void leadVerbsMarksAndAmountsBeforeANameAreNoPartOfIt() {
        // HanLP glues 投用 to the name (投用重庆东站/nt).
        Extraction e = run("建成投用重庆东站、渝厦高铁重庆东至黔江段、渝湘复线高速等340个市级重大项目。");
        assertEquals(List.of("重庆东站", "渝厦高铁重庆东至黔江段", "渝湘复线高速"), Docs.names(e.mentions(), "Project"));
        assertEquals("inOperation", project(e, "重庆东站").attributes().get(Attr.STATUS));
        assertEquals(List.of("孝义河河道综合整治工程"), projects("④孝义河河道综合整治工程。"));
        // 20万 of 20万吨 is a capacity, not an amount of money.
        assertEquals(List.of("20万吨污水处理厂深度治理工程"), projects("①现有20万吨污水处理厂深度治理工程。"));
    }

    @Test
    void linksAndAdverbsAreNoHeads() {
        assertEquals(List.of(), projects("全面实现市市通高铁、县县通高速。"));
        assertEquals(List.of(), projects("主要依靠政府投资拉动经济高速增长的模式亟需转变。"));
    }

    @Test
    void countedKindsAreNoProjects() {
        assertEquals(List.of(), projects("启动建设30个产业创新综合体。"));
        assertEquals(List.of(), projects("新创建国家现代农业产业园3个。"));
        assertEquals(List.of(), projects("太平镇大秦水库等7个乡镇集中式饮用水源地水质达标。"));
        assertEquals(List.of(), projects("新改建农村公路10988公里。"));
        assertFalse(projects("沈阳化工新材料、盘锦精细化工2个平台获评首批国家级制造业中试平台。")
                .contains("盘锦精细化工2个平台"));
        // A counted list of projects keeps its items.
        assertEquals(List.of("华润福山风电场扩建"),
                projects("有序推进华润福山风电场扩建等3个“百亿级”新能源产业项目前期工作。"));
    }

    @Test
    void programWordsBeforeGongchengNameProgramsUnlessAWorkIsNamed() {
        assertEquals(List.of(), projects("居民收入水平提升工程、生活成本竞争力提升工程、高品质公共服务倍增工程。"));
        assertEquals(List.of("庞口大道整治提升工程"), projects("庞口大道整治提升工程全面完成。"));
    }

    @Test
    void roleHeadsNameProjectsOnlyAsTheSubjectOfAReport() {
        assertEquals(List.of("西部金融中心"), projects("西部金融中心建设提速。"));
        assertEquals(List.of(), projects("支持武汉打造全国经济中心、国家科技创新中心。"));
        assertEquals(List.of("中国—东盟医疗保健合作中心"), projects("中国—东盟医疗保健合作中心等3个重大项目投入使用。"));
    }

    @Test
    void aNameOpeningItsClauseBeforeAVerbIsReportedOn() {
        assertEquals(List.of("渝西水资源配置工程"), projects("渝西水资源配置工程破解区域缺水难题。"));
        assertEquals(List.of("平陆运河"), projects("平陆运河超时序完成建设任务。"));
        // 抓 is a light verb: 突出新建项目 is a kind of project, not one.
        assertEquals(List.of(), projects("突出新建项目抓开工、续建项目抓竣工。"));
    }

    @Test
    void longerFormsOfAnAcceptedNameAndOrdinalPartsStayOneProject() {
        assertEquals(List.of("中医院煎药服务平台建设项目"), projects("筹建中医院煎药服务平台建设项目，建设中药代煎中心。"));
        assertEquals(List.of("江北国际机场T3B航站楼及第四跑道", "渝昆高铁川渝段"),
                projects("江北国际机场T3B航站楼及第四跑道、渝昆高铁川渝段等标志性项目建成投用。"));
    }

    @Test
    void ministriesListedAsApproversAreNoProjects() {
        assertEquals(List.of("中国—东盟人工智能创新合作中心"),
                projects("中国—东盟人工智能创新合作中心获国家发展改革委、科技部等部委批准建设。"));
    }

    @Test
    void roadsProcessesAndGluedParticles() {
        // 焚烧 stands inside a name; 了 and 的 glued to a name by HanLP are no part of it.
        assertEquals(List.of("污泥焚烧项目"), projects("抓好污泥焚烧项目建设，力争早日建成投入使用。"));
        assertEquals(List.of("县城东外环道路"), projects("围绕对接雄安新区，推进了7公里的县城东外环道路建设。"));
    }
}
