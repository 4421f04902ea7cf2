package org.govkg.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.govkg.lexicon.ResourceLines;
import org.junit.jupiter.api.Test;

/** The division and curated place lists read from small inline files. */
class GazetteerLoaderTest {

    /** Two provinces; level and parent blank where the code implies them; 东城区 skips 市辖区 (1101). */
    static final String DIVISIONS = String.join("\n",
            "# columns: code\tlevel\tlabel\tparent",
            "44\t\t广东省\t",
            "4418\t\t清远市\t",
            "441802\t\t清城区\t",
            "441802106\t\t石角镇\t",
            "441802106202\t\t黄布村\t",
            "441802106203\t\t东村\t",
            "441882\t\t连州市\t4418",
            "441882104\t\t西岸镇\t",
            "441882104207\t\t东村村\t",
            "",
            "11\t\t北京市\t",
            "110101\t\t东城区\t11",
            "419001\tcounty\t济源市\t41");

    static final String CURATED = String.join("\n",
            "# label\ttype\taliases",
            "北江\triver\t北江干流",
            "",
            "连江\triver\t",
            "北江干流\tmountain");

    private static BufferedReader reader(String text) {
        return new BufferedReader(new StringReader(text));
    }

    static DivisionIndex divisions() throws IOException {
        return GazetteerLoader.readDivisions(reader(DIVISIONS));
    }

    static CuratedPlaces curated() throws IOException {
        return GazetteerLoader.readCurated(ResourceLines.entries(CURATED));
    }

    @Test
    void divisionRowsKeepFileOrderWithImpliedLevelsAndParents() throws IOException {
        DivisionIndex index = divisions();
        assertEquals(12, index.size());
        assertEquals(new Division("44", PlaceLevel.PROVINCE, "广东省", Optional.empty()), index.division(0));
        assertEquals(new Division("441802106202", PlaceLevel.VILLAGE, "黄布村", Optional.of("441802106")),
                index.division(4));
        assertEquals(new Division("441882", PlaceLevel.COUNTY, "连州市", Optional.of("4418")),
                index.division(6));
        assertEquals(new Division("110101", PlaceLevel.COUNTY, "东城区", Optional.of("11")), index.division(10));
        // A parent that is not in the list (province 41) counts as none.
        assertEquals(new Division("419001", PlaceLevel.COUNTY, "济源市", Optional.empty()), index.division(11));
        assertEquals(5, index.indexOf("441802106203"));
        assertEquals(-1, index.indexOf("1101"));
    }

    @Test
    void badDivisionRowIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> GazetteerLoader.readDivisions(reader("44\t\t广东省\t\n4418 清远市\n")));
        assertEquals("/gazetteer/divisions.tsv.gz: bad row '4418 清远市'", e.getMessage());
        e = assertThrows(IllegalStateException.class,
                () -> GazetteerLoader.readDivisions(reader("4418001\t\t某地\t\n")));
        assertEquals("/gazetteer/divisions.tsv.gz: code '4418001' has no implied level", e.getMessage());
    }

    @Test
    void curatedRowsUnderLabelAndAliasesFirstClaimWins() throws IOException {
        CuratedPlaces places = curated();
        assertEquals(3, places.formCount());
        CuratedPlace beijiang = new CuratedPlace("北江", "river", List.of("北江干流"));
        assertEquals(Optional.of(beijiang), places.get("北江"));
        // 北江干流 is 北江's alias before it is a place of its own.
        assertEquals(Optional.of(beijiang), places.get("北江干流"));
        assertEquals(Optional.of(new CuratedPlace("连江", "river", List.of())), places.get("连江"));
        assertEquals(Optional.empty(), places.get("珠江"));
        assertEquals(4, places.maxLength());
    }

    @Test
    void aBadCuratedRowIsNamedInTheError() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () ->
                GazetteerLoader.readCurated(ResourceLines.entries("北江\triver\n珠江\t\t珠江水系\n")));
        assertEquals("/places/places.tsv: bad row '珠江\t\t珠江水系'", e.getMessage());
    }
}
