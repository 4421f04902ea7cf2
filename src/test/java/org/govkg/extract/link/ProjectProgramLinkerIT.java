package org.govkg.extract.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.govkg.extract.AnalyzedDocument;
import org.govkg.extract.Attr;
import org.govkg.extract.Extraction;
import org.govkg.extract.Mention;
import org.govkg.extract.ProjectExtractor;
import org.govkg.extract.Relation;
import org.govkg.extract.RelationKind;
import org.govkg.extract.program.ProgramExtractor;
import org.govkg.extract.project.Docs;
import org.junit.jupiter.api.Test;

/** Projects under programs, on real corpus sentences and short variants, with the real extractors. */
class ProjectProgramLinkerIT {

    private static final ProjectProgramLinker LINKER = new ProjectProgramLinker();

    /** "project → program (cue)" for every relation found. */
    private static List<String> pairs(String text) {
        AnalyzedDocument doc = Docs.analyzed(text);
        Extraction e = Extraction.concat(List.of(new ProgramExtractor().extract(doc),
                new ProjectExtractor().extract(doc)));
        List<Mention> m = e.mentions();
        List<String> out = new ArrayList<>();
        for (Relation r : LINKER.link(doc, m)) {
            assertEquals(RelationKind.UNDER_PROGRAM, r.kind());
            out.add(m.get(r.subject()).name() + " → " + m.get(r.object()).name()
                    + " (" + r.attributes().get(Attr.CUE) + ")");
        }
        return out;
    }

    @Test
    void programFramedByImplementingVerbGovernsTheProjectsAfterIt() {
        assertEquals(List.of("广清永高铁广东段 → 三铁工程 (实施)", "广清城际北延线 → 三铁工程 (实施)",
                        "清远磁浮旅游专线一期 → 三铁工程 (实施)", "清花高速 → 三铁工程 (实施)"),
                pairs("配合市大力实施“三铁工程”，协助推动广清永高铁广东段尽早动工、广清城际北延线加快建设、"
                        + "清远磁浮旅游专线一期尽快完工，加快清花高速等在建高速项目建设。"));
    }

    @Test
    void frameWithYiAndWei() {
        assertEquals(List.of("大周国际商贸城 → 一江两湖规划 (依托)", "顺盈现代商贸综合体 → 一江两湖规划 (依托)"),
                pairs("依托“一江两湖”规划建设,加快推进大周国际商贸城、顺盈现代商贸综合体等新型商贸体的建设。"));
        assertEquals(List.of("石角镇污水处理厂扩建工程 → 百千万工程 (以…为牵引)"),
                pairs("以“百千万工程”为牵引,加快推进石角镇污水处理厂扩建工程建设。"));
    }

    @Test
    void projectJoinedToALaterProgram() {
        assertEquals(List.of("清城区滨江绿道提升项目 → 百千万工程 (纳入)"),
                pairs("清城区滨江绿道提升项目纳入省“百千万工程”重点项目库。"));
    }

    @Test
    void aSelectionIsNotAFrame() {
        // 清远鸡 was selected for a program; the projects after it are not carried out under it.
        assertEquals(List.of(), pairs("清远鸡入选国家农业品牌精品培育计划，成功申报广东省农业科技园区项目，"
                + "清远市预制菜产业园基础设施建设项目一期加快推进。"));
    }

    @Test
    void aProgramAfterTheProjectsFramesNothing() {
        assertEquals(List.of(), pairs("推进区人民医院新院二期、龙塘镇卫生院新院等医疗卫生重点项目建设,"
                + "持续实施新一轮基层卫生健康服务能力提升五年行动计划。"));
    }

    @Test
    void aFrameStopsAtASemicolonAndFarClauses() {
        assertEquals(List.of("清远长隆首期项目 → 三铁工程 (实施)"), pairs("实施“三铁工程”，推进清远长隆首期项目建设。"));
        assertEquals(List.of(), pairs("实施“三铁工程”；推进清远长隆首期项目建设。"));
        // A frame in the middle of a part reaches two clauses, not five.
        assertEquals(List.of(), pairs("加快产业发展,优化营商环境,实施“三铁工程”,加强人才引进,稳定就业,"
                + "提升服务,推动清远长隆首期项目建成开园。"));
        assertEquals(List.of("清远长隆首期项目 → 三铁工程 (实施)"), pairs("加快产业发展,优化营商环境,"
                + "实施“三铁工程”,加强人才引进,推动清远长隆首期项目建成开园。"));
    }

    @Test
    void aWeakVerbFramesOnlyItsOwnClause() {
        // 推进X试点，推进A开放: two actions side by side, not A under X.
        assertEquals(List.of(), pairs("积极推进基层中医药服务能力提升工程“清远方案”试点,推进区疾控中心、"
                + "东城社区卫生服务中心8月正式开放试运营。"));
        assertEquals(List.of("清远长隆首期项目 → 三铁工程 (推动)"),
                pairs("推动“三铁工程”加快清远长隆首期项目建设。"));
    }
}
