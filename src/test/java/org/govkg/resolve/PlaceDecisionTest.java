package org.govkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.govkg.extract.Attr;
import org.govkg.gazetteer.PlaceLevel;
import org.junit.jupiter.api.Test;

class PlaceDecisionTest {

    @Test
    void nameKeyedDecisionsCarryTheirProperties() {
        PlaceDecision.NameKeyed river = (PlaceDecision.NameKeyed) PlaceDecision.typed("北江", "river");
        assertEquals(new TreeMap<>(Map.of(Attr.PLACE_TYPE, "river")), river.properties());
        PlaceDecision.NameKeyed village = (PlaceDecision.NameKeyed) PlaceDecision.unresolved("沙坊村",
                Optional.of(PlaceLevel.VILLAGE), "no village of this name in 441882100");
        assertEquals(new TreeMap<>(Map.of(Attr.LEVEL, "village",
                Attr.UNRESOLVED, "no village of this name in 441882100")), village.properties());
        PlaceDecision.NameKeyed any = (PlaceDecision.NameKeyed) PlaceDecision.unresolved("太平镇",
                Optional.empty(), "2 places of this name: 1 2");
        assertEquals(new TreeMap<>(Map.of(Attr.UNRESOLVED, "2 places of this name: 1 2")), any.properties());
        assertThrows(UnsupportedOperationException.class, () -> any.properties().clear());
    }

    @Test
    void badInputIsRejectedByName() {
        assertEquals("label is blank: ' '", assertThrows(IllegalArgumentException.class,
                () -> PlaceDecision.typed(" ", "river")).getMessage());
        assertEquals("reason is blank: ''", assertThrows(IllegalArgumentException.class,
                () -> PlaceDecision.unresolved("太平镇", Optional.empty(), "")).getMessage());
        assertEquals("division", assertThrows(NullPointerException.class,
                () -> PlaceDecision.linked(null)).getMessage());
    }
}
