package org.govkg.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameFormsTest {

    private static List<String> forms(PlaceLevel level, String label) {
        return NameForms.of(level, label).stream().map(NameForms.Form::text).toList();
    }

    @Test
    void suffixesAndEthnicNamesAreStripped() {
        assertEquals(List.of("石角"), forms(PlaceLevel.TOWN, "石角镇"));
        assertEquals(List.of("清远"), forms(PlaceLevel.CITY, "清远市"));
        assertEquals(List.of("连南", "连南县"), forms(PlaceLevel.COUNTY, "连南瑶族自治县"));
        assertEquals(List.of("连山", "连山县"), forms(PlaceLevel.COUNTY, "连山壮族瑶族自治县"));
        assertEquals(List.of("瑶安乡", "瑶安"), forms(PlaceLevel.TOWN, "瑶安瑶族乡"));
        assertEquals(List.of("东城", "东城街", "东城街道办事处"), forms(PlaceLevel.TOWN, "东城街道"));
        assertEquals(List.of("广西"), forms(PlaceLevel.PROVINCE, "广西壮族自治区"));
        assertEquals(List.of(), forms(PlaceLevel.COUNTY, "沙县"));
        // The forestry district goes by its name; other zones keep their suffix.
        assertEquals(List.of("神农架"), forms(PlaceLevel.COUNTY, "神农架林区"));
        assertEquals(List.of(), forms(PlaceLevel.COUNTY, "白云矿区"));
    }

    @Test
    void villagesGetTheirCommitteeNames() {
        assertEquals(List.of("新桥"), forms(PlaceLevel.VILLAGE, "新桥村"));
        assertEquals(List.of("黄布"), forms(PlaceLevel.VILLAGE, "黄布社区"));
        assertEquals("新桥村", NameForms.committeeLabel("新桥村委会"));
        assertEquals("新桥村", NameForms.committeeLabel("新桥村民委员会"));
        assertEquals("黄布社区", NameForms.committeeLabel("黄布社区居民委员会"));
        assertEquals("黄布社区", NameForms.committeeLabel("黄布居委会"));
        assertEquals(null, NameForms.committeeLabel("新桥村"));
    }

    @Test
    void developmentZonesGetTheirShortNames() {
        assertEquals(List.of("清远市高新区", "清远高新区", "高新区"), forms(PlaceLevel.TOWN, "清远市高新技术产业开发区"));
    }
}
