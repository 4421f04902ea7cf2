package org.govkg.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The division index over the inline list of {@link GazetteerLoaderTest}. */
class DivisionIndexTest {

    private static List<String> codesWithForm(DivisionIndex index, String form) {
        long h = NameHash.of(form, 0, form.length());
        List<String> out = new ArrayList<>();
        for (int at = index.firstForm(h), idx; (idx = index.divisionAt(at, h)) >= 0; at++) {
            boolean bare = index.kindOf(idx, form) == DivisionIndex.BARE;
            out.add(index.division(idx).code() + (bare ? " bare" : ""));
        }
        out.sort(null);
        return out;
    }

    @Test
    void everyLabelAndDerivedFormIsIndexed() throws IOException {
        DivisionIndex index = divisions();
        assertEquals(List.of("441802106"), codesWithForm(index, "石角镇"));
        assertEquals(List.of("441802106 bare"), codesWithForm(index, "石角"));
        assertEquals(List.of("441802106203", "441882104207 bare"), codesWithForm(index, "东村"));
        assertEquals(List.of("110101 bare"), codesWithForm(index, "东城"));
        assertEquals(List.of(), codesWithForm(index, "石岐"));
        // 12 labels; short forms of all but 东村 (its would be one character).
        assertEquals(12 + 11, index.formCount());
        assertEquals(3, index.maxLength());
    }

    @Test
    void kindOfTellsFullFromBareForms() throws IOException {
        DivisionIndex index = divisions();
        int town = index.indexOf("441802106");
        assertEquals(DivisionIndex.FULL, index.kindOf(town, "石角镇"));
        assertEquals(DivisionIndex.BARE, index.kindOf(town, "石角"));
        assertEquals(DivisionIndex.NOT_A_FORM, index.kindOf(town, "西岸"));
        assertEquals(PlaceLevel.TOWN, index.level(town));
        assertEquals("石角镇", index.label(town));
    }

    @Test
    void parentsFollowTheCodes() throws IOException {
        DivisionIndex index = divisions();
        List<String> chain = new ArrayList<>();
        for (int idx = index.indexOf("441882104207"); idx >= 0; idx = index.parent(idx)) {
            chain.add(Long.toString(index.code(idx)));
        }
        assertEquals(List.of("441882104207", "441882104", "441882", "4418", "44"), chain);
    }

    private static DivisionIndex divisions() throws IOException {
        return GazetteerLoaderTest.divisions();
    }
}
