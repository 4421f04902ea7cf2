package org.govkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govkg.extract.EntityType;
import org.govkg.extract.Mention;
import org.govkg.gazetteer.Gazetteer;
import org.govkg.text.Span;
import org.junit.jupiter.api.Test;

/** The region of a document from its metadata or from the places near its top. */
class RegionFinderTest {

    private static final RegionFinder R = new RegionFinder(Gazetteer.shared());

    private static Mention place(String name, int start, int sentence) {
        return new Mention(EntityType.Place, name, name, new Span(start, start + name.length()), sentence);
    }

    @Test
    void writtenRegionIsReadDownItsChain() {
        assertEquals(Optional.of("441802"), R.parse("清远市清城区"));
        assertEquals(Optional.of("441882"), R.parse("连州市"));
        // Read as far as it goes: 清远市, then no 某某区 inside it.
        assertEquals(Optional.of("4418"), R.parse("清远市某某区"));
        assertEquals(Optional.empty(), R.parse("某某区"));
    }

    @Test
    void firstCountyOrCityNearTheTopFollowedDownItsChain() {
        // 广东省清远市连州市: the province is skipped, the city followed down to the county-level city.
        List<Mention> ms = List.of(place("广东省", 0, 0), place("清远市", 3, 0), place("连州市", 6, 0));
        assertEquals(Optional.of("441882"), R.find(Optional.empty(), ms, Map.of(1, 0, 2, 1)));
        // Without the chain, the first city stands alone.
        assertEquals(Optional.of("4418"), R.find(Optional.empty(), ms, Map.of()));
        // The metadata wins.
        assertEquals(Optional.of("441802"), R.find(Optional.of("清城区"), ms, Map.of()));
    }

    @Test
    void provinceReportIsItsProvincesAndLatePlacesGiveNoRegion() {
        // A report naming only its province near the top is the province's; a county named first wins.
        assertEquals(Optional.of("51"), R.find(Optional.empty(), List.of(place("四川省", 0, 0)), Map.of()));
        assertEquals(Optional.of("441802"), R.find(Optional.empty(),
                List.of(place("四川省", 0, 0), place("清城区", 3, 1)), Map.of()));
        assertEquals(Optional.empty(), R.find(Optional.empty(), List.of(place("清城区", 300, 12)), Map.of()));
        assertEquals(Optional.of("441802"),
                R.find(Optional.empty(), List.of(place("清城区", 300, 11)), Map.of()));
    }

    @Test
    void provinceShortFormNearTheTopWhenNothingIsNamedInFull() {
        // An excerpt without its title: 湖北 near the top makes it Hubei's; a full name still wins.
        assertEquals(Optional.of("42"), R.find(Optional.empty(),
                List.of(place("湖北", 0, 0), place("武汉", 5, 1)), Map.of()));
        assertEquals(Optional.of("51"), R.find(Optional.empty(),
                List.of(place("湖北", 0, 0), place("四川省", 5, 1)), Map.of()));
        assertEquals(Optional.empty(), R.find(Optional.empty(), List.of(place("湖北", 300, 12)), Map.of()));
    }
}
