package org.govkg.extract.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.govkg.extract.Attr;
import org.govkg.extract.Extraction;
import org.govkg.extract.Mention;
import org.govkg.extract.ProjectExtractor;
import org.junit.jupiter.api.Test;

/** The project extractor on real sentences of the bundled corpus, with HanLP. */
class ProjectExtractorIT {

    private static Extraction run(String text) {
        return new ProjectExtractor().extract(Docs.analyzed(text));
    }

    private static Mention project(Extraction e, String name) {
        return e.mentions().stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + Docs.names(e.mentions(), "Project")));
    }

    @Test
    void listBeforeCountedGroupGivesOneProjectPerItem() {
        Extraction e = run("古龙峡二期扩建工程、窝兰山居康养度假区、珠珠峡生态旅游度假区和千影悦农旅度假区等一批重点旅游项目顺利推进。");
        assertEquals(List.of("古龙峡二期扩建工程", "窝兰山居康养度假区", "珠珠峡生态旅游度假区", "千影悦农旅度假区"),
                Docs.names(e.mentions(), "Project"));
    }
}
