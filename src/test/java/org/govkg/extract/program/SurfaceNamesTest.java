package org.govkg.extract.program;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SurfaceNamesTest {

    @Test
    void quotedPartsAndTheirTails() {
        assertEquals(List.of("农村三块地改革", "三块地", "三块地改革"), List.copyOf(SurfaceNames.of("农村“三块地”改革")));
        assertEquals(List.of("粤菜师傅工程", "粤菜师傅"), List.copyOf(SurfaceNames.of("“粤菜师傅”工程")));
        assertEquals(List.of("三同五化工程", "三同五化"), List.copyOf(SurfaceNames.of("“三同五化”〔10〕工程")));
    }

    @Test
    void bareDropsMarkersEmphasisQuotesAndSpaces() {
        assertEquals("五图表一中心", SurfaceNames.bare("**“五图表一中心”**^{〔1〕}"));
        assertEquals("春风送暖社保惠企", SurfaceNames.bare("“春风送暖 社保惠企”"));
    }
}
