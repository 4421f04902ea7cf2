package org.govkg.gazetteer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

    /** A common village name (新村 in many towns) is summed once and answers as the entries one by one. */
    @Test
    void levelsOfACommonNameAreThoseOfItsDivisions() {
        int villages = DivisionIndex.SUMMED_ABOVE + 3;
        int n = villages + 2;
        long[] codes = new long[n];
        byte[] levels = new byte[n];
        long[] parents = new long[n];
        StringBuilder labels = new StringBuilder();
        int[] starts = new int[n + 1];
        codes[0] = 441802;
        levels[0] = (byte) PlaceLevel.COUNTY.ordinal();
        parents[0] = -1;
        labels.append("清城区");
        codes[1] = 441802106;
        levels[1] = (byte) PlaceLevel.TOWN.ordinal();
        parents[1] = 441802;
        starts[1] = labels.length();
        labels.append("新村镇");
        for (int i = 2; i < n; i++) {
            codes[i] = 441802106200L + i;
            levels[i] = (byte) PlaceLevel.VILLAGE.ordinal();
            parents[i] = 441802106;
            starts[i] = labels.length();
            labels.append("新村");
        }
        starts[n] = labels.length();
        DivisionIndex index = DivisionIndex.build(n, codes, levels, parents, labels.toString(), starts);
        long h = NameHash.of("新村", 0, 2);
        int[] expected = {PlaceLevel.VILLAGE.bit(), PlaceLevel.TOWN.bit()};
        assertArrayEquals(expected, index.levelsOf(index.firstForm(h), h, "新村"));
        assertEquals(villages + 1, codesWithForm(index, "新村").size());
        // A text with the hash of 新村 but other characters names nothing.
        assertArrayEquals(new int[2], index.levelsOf(index.firstForm(h), h, "旧村"));
        long town = NameHash.of("新村镇", 0, 3);
        assertArrayEquals(new int[] {PlaceLevel.TOWN.bit(), 0}, index.levelsOf(index.firstForm(town), town,
                "新村镇"));
    }

    private static DivisionIndex divisions() throws IOException {
        return GazetteerLoaderTest.divisions();
    }
}
