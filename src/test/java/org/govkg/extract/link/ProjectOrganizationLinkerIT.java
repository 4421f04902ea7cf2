package org.govkg.extract.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.govkg.extract.AnalyzedDocument;
import org.govkg.extract.Extraction;
import org.govkg.extract.Mention;
import org.govkg.extract.OrganizationExtractor;
import org.govkg.extract.ProjectExtractor;
import org.govkg.extract.Relation;
import org.govkg.extract.RelationKind;
import org.govkg.extract.project.Docs;
import org.junit.jupiter.api.Test;

/** Projects named after the organisation they belong to, with the real extractors. */
class ProjectOrganizationLinkerIT {

    private static List<String> pairs(String text) {
        AnalyzedDocument doc = Docs.analyzed(text);
        Extraction e = Extraction.concat(List.of(new ProjectExtractor().extract(doc),
                new OrganizationExtractor().extract(doc)));
        List<Mention> m = e.mentions();
        List<String> out = new ArrayList<>();
        for (Relation r : new ProjectOrganizationLinker().link(doc, m)) {
            assertEquals(RelationKind.BY_ORGANIZATION, r.kind());
            out.add(m.get(r.subject()).name() + " → " + m.get(r.object()).name());
        }
        return out;
    }

    @Test
    void aProjectNamedAfterAnOrganisationNamedElsewhereInTheReport() {
        assertEquals(List.of("龙塘镇卫生院新院 → 龙塘镇卫生院"),
                pairs("龙塘镇卫生院开展家庭医生签约服务。推进龙塘镇卫生院新院等医疗卫生重点项目建设。"));
    }

    @Test
    void theSchoolBeingBuiltBelongsToNobody() {
        // The project is the school itself: naming it twice states no relation.
        assertEquals(List.of(), pairs("滨江中学办学质量提升。推动滨江中学等新(改、扩)建工作。"));
        assertEquals(List.of("滨江中学功能楼 → 滨江中学"), pairs("滨江中学办学质量提升。完成滨江中学功能楼建设。"));
    }
}
