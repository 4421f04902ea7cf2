package org.govkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.govkg.extract.EntityType;
import org.govkg.extract.RelationKind;
import org.govkg.ingest.IngestNotes;
import org.govkg.ingest.OffsetMap;
import org.govkg.ingest.SourceDocument;
import org.govkg.pipeline.DocumentProcessor;
import org.govkg.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/** Places that are only part of another name, through the whole standard pipeline. */
class NestedPlacesIT {

    private static final DocumentProcessor PIPELINE = Pipeline.standard();

    private static ResolvedDocument process(String text) {
        return PIPELINE.process(new SourceDocument("inline.txt", Path.of("inline.txt"), text, text,
                OffsetMap.identity(text.length()), new IngestNotes("UTF-8", false, false, 0, 0)));
    }

    private static List<String> placeMentions(ResolvedDocument d) {
        return d.mentions().stream().filter(m -> m.mention().type() == EntityType.Place)
                .map(m -> m.mention().surface()).toList();
    }

    @Test
    void aShortFormInsideAProjectNameIsNoMentionButLocatesTheProject() {
        ResolvedDocument d = process("连州市2020年上半年工作报告\n全面推动投资8亿元的星子石材循环经济产业园建设。\n");
        assertFalse(placeMentions(d).contains("星子"), placeMentions(d).toString());
        String town = d.entities().stream().filter(e -> e.label().equals("星子镇")).findFirst()
                .orElseThrow(() -> new AssertionError("星子镇 is not in the graph: " + d.entities())).key();
        assertTrue(d.relations().stream().anyMatch(r -> r.kind().equals(RelationKind.LOCATED_IN)
                && r.object().equals(town) && r.subject().contains("星子石材循环经济产业园")), d.relations().toString());
    }

    @Test
    void aFullAdministrativeNameInsideAProjectNameIsStillAMention() {
        ResolvedDocument d = process("连州市2022年政府工作报告\n西岸镇桐油坪至湖南省码市镇小边河跨区域县乡公路建成通车。\n");
        assertTrue(placeMentions(d).containsAll(List.of("湖南省", "码市镇")), placeMentions(d).toString());
    }

    @Test
    void aShortFormInsideAnotherPlaceWordIsNoPlace() {
        // HanLP tags the slogan 河长治 as one place word; 长治 (a city in Shanxi) is not meant.
        ResolvedDocument d = process("连州市2022年政府工作报告\n以“河长制”推动“河长治”，保持地表水环境质量稳定。\n");
        assertEquals(List.of(), placeMentions(d).stream().filter(p -> p.contains("长治")).toList());
    }
}
