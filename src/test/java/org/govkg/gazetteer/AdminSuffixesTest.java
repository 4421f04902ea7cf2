package org.govkg.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each named subset of the division suffixes, exactly. */
class AdminSuffixesTest {

    private final AdminSuffixes s = AdminSuffixes.get();

    @Test
    void subsets() {
        assertEquals(List.of("省", "自治区", "市", "州", "盟", "区", "县", "旗", "镇", "乡", "街道", "村", "社区"), s.all());
        assertEquals(List.of("省", "市", "区", "县", "镇", "乡", "街道", "村"), s.regular());
        assertEquals(List.of("省", "市", "县", "镇", "乡", "街道", "村"), s.regularDivisionOnly());
        assertEquals(List.of("省", "市", "县", "镇", "乡", "街道"), s.regularDivisionOnlyAboveVillage());
        assertEquals(List.of("省", "市", "区", "县", "镇", "乡", "街道"), s.regularAboveVillage());
        assertEquals(List.of("省", "市", "区", "县"), s.regularCountyOrHigher());
        assertEquals(List.of("市", "区", "县", "旗"), s.countyLevel());
    }

    @Test
    void regexHelpers() {
        assertEquals("省市区县", AdminSuffixes.singleCharacters(s.regularCountyOrHigher()));
        assertEquals(true, "连州市".matches(".+(" + AdminSuffixes.alternation(s.regular()) + ")"));
        assertEquals(true, "西岸街道".matches(".+(" + AdminSuffixes.alternation(s.regular()) + ")"));
        assertEquals(false, "产业园".matches(".+(" + AdminSuffixes.alternation(s.regular()) + ")"));
    }
}
