package org.govkg.extract.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.govkg.extract.Extraction;
import org.govkg.extract.OrganizationExtractor;
import org.junit.jupiter.api.Test;

/** The organisation extractor on real sentences of the bundled corpus, with HanLP. */
class OrganizationExtractorIT {

    private static List<String> orgs(String text) {
        Extraction e = new OrganizationExtractor().extract(Docs.analyzed(text));
        return Docs.names(e.mentions(), "Organization");
    }

    @Test
    void companiesAndUniversities() {
        assertEquals(List.of("凯恩斯纳米材料有限公司", "华南理工大学", "山东大学"),
                orgs("力促凯恩斯纳米材料有限公司与华南理工大学、山东大学合作,研发专用纳米碳酸钙粉体材料。"));
    }

    @Test
    void governmentBureausKeepTheirInnerAnd() {
        assertEquals(List.of("清远市工业和信息化局", "清远市发展和改革局"),
                orgs("指清远市工业和信息化局、清远市发展和改革局等10个部门于2023年2月10日联合印发。"));
    }

    @Test
    void provincialDepartmentAfterAYear() {
        assertEquals(List.of("省商务厅"), orgs("清城区成为粤北地区唯一获2025年省商务厅首批投资促进奖励资金的县区。"));
    }

    @Test
    void knownShortFormOfANationalBody() {
        assertEquals(List.of("国家发改委"), orgs("上半年,通过国家发改委审核专项债券项目28个、资金额度40.58亿元。"));
    }

    @Test
    void bareGovernmentLevelsAndCategoriesAreNot() {
        List<String> found = orgs("在区委、区政府的坚强领导下,4家基层医疗机构成功创建为国家社区医院,构建新发展格局。");
        assertTrue(found.isEmpty(), found.toString());
    }

    @Test
    void aHospitalHanlpTagsAsOneOrganisation() {
        assertEquals(List.of("中山大学孙逸仙纪念医院"), orgs("推动与中山大学孙逸仙纪念医院合作共建4个专科品牌。"));
    }

    @Test
    void departmentsNamedByPlaceLevelAndFunction() {
        assertEquals(List.of("自然资源厅", "农业农村厅", "省林草局"), orgs("自然资源厅会同农业农村厅、省林草局等6部门。"));
        assertEquals(List.of("天津市宁河区发展和改革委员会", "省国资委"),
                orgs("天津市宁河区发展和改革委员会印发，省国资委监管企业利润增长。"));
    }

    @Test
    void aBureauWithoutPlaceOrLevelIsNoName() {
        List<String> found = orgs("统计局数据显示，财政部门要加强管理，做好科技部署。");
        assertTrue(found.isEmpty(), found.toString());
    }

    @Test
    void aDepartmentStartsAtItsLevelNotAtTheVerbHanlpGluedToIt() {
        assertEquals(List.of("省环保厅"), orgs("空气质量考核得分居全省第7，获省环保厅奖励52万元。"));
    }

    @Test
    void twoDepartmentsJoinedByAndAreTwo() {
        assertEquals(List.of("省自然资源厅", "省农业农村厅", "省文化和旅游厅"),
                orgs("省自然资源厅、省农业农村厅和省文化和旅游厅联合印发。"));
    }

    @Test
    void ministriesByTheirShortForms() {
        assertEquals(List.of("国家发展改革委", "科技部", "工信部"),
                orgs("获国家发展改革委、科技部等部委批准建设，新增工信部卓越级智能工厂4家。"));
    }

    @Test
    void partyCommitteesNamedWithTheirPlace() {
        assertEquals(List.of("中共遵义市委"), orgs("一年来,在中共遵义市委坚强领导下,全市上下团结奋斗。"));
        assertEquals(List.of("中共四川省第十一届委员会"), orgs("王晓晖代表中共四川省第十一届委员会向大会作报告。"));
    }

    @Test
    void theTitleAfterABureauIsNoPartOfIt() {
        assertEquals(List.of("东安县发展和改革局"), orgs("东安县发展和改革局局长施祖益。"));
    }

    @Test
    void thePublisherOnAPagesSourceLine() {
        assertEquals(List.of("重庆日报"), orgs("2026年重庆市政府工作报告\n来源：重庆日报\n时间：2026-02-03\n"));
        assertEquals(List.of("东安县发改局"), orgs("  • 2023-03-09 10:23\n  • 来源: 东安县发改局\n"));
        List<String> none = orgs("某县工作报告\n来源:本网\n");
        assertTrue(none.isEmpty(), none.toString());
    }

    @Test
    void aNameHanlpTagsWholeNeedsANameInItsOwnWords() {
        assertEquals(List.of("贵州农商联合银行"),
                orgs("贵州农商联合银行挂牌运营。建设一批特色学院。老年医院实现市域全覆盖。"));
    }

    @Test
    void aCategoryNounBeforeANameIsNoPartOfIt() {
        assertEquals(List.of("中国长安汽车集团"), orgs("新央企中国长安汽车集团落户重庆。"));
    }

    @Test
    void gradesAndCategoriesOfInstitutionsAreNoNames() {
        List<String> found = orgs("新建省级卓越工程师学院7个，新增国家重点实验室3个，上市公司再融资增长，境内上市公司增加。");
        assertTrue(found.isEmpty(), found.toString());
    }

    @Test
    void aBranchNamesTheBodyItBelongsTo() {
        assertEquals(List.of("国家律师学院西部分院", "新加坡设计业总商会重庆代表处"),
                orgs("引进国家律师学院西部分院。新加坡设计业总商会重庆代表处成立。西南分中心挂牌。"));
    }

    @Test
    void aOneCharacterWordHanlpGluedBeforeANameIsDropped() {
        assertEquals(List.of("高水平开放创新研究院"), orgs("建好用好高水平开放创新研究院，加快推进智慧口岸建设。"));
    }

    @Test
    void widelyKnownCompaniesByTheirShortNames() {
        assertEquals(List.of("上汽通用五菱", "云南白药"), orgs("上汽通用五菱入选首批名单，云南白药建成全球首座工厂。"));
    }

    @Test
    void aKnownNameAfterABoundMorphemeIsPartOfAnotherWord() {
        List<String> found = orgs("鞍本钢、鞍凌钢实现重组。");
        assertTrue(found.isEmpty(), found.toString());
    }
}
