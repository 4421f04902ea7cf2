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
}
