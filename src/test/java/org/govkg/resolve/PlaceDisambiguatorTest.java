package org.govkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.govkg.extract.Attr;
import org.govkg.extract.EntityType;
import org.govkg.extract.Mention;
import org.govkg.gazetteer.Gazetteer;
import org.govkg.gazetteer.PlaceLevel;
import org.govkg.resolve.PlaceDisambiguator.Scope;
import org.govkg.text.Span;
import org.junit.jupiter.api.Test;

/** One place mention at a time, with its scope given inline. */
class PlaceDisambiguatorTest {

    private static final Gazetteer G = Gazetteer.shared();
    private static final PlaceDisambiguator D = new PlaceDisambiguator(G);
    private static final Scope NONE = new Scope(Optional.empty(), List.of(), Optional.empty());

    private static Mention place(String name) {
        return new Mention(EntityType.Place, name, name, new Span(0, name.length()), 0);
    }

    private static Scope region(String code) {
        return new Scope(Optional.empty(), List.of(), Optional.of(code));
    }

    private static PlaceDecision linked(String code) {
        return PlaceDecision.linked(G.division(code).orElseThrow());
    }

    @Test
    void enclosingPlaceDecidesFirst() {
        // 东村 is twice inside 连州市; written after 西岸镇 it is 西岸镇's.
        Scope inTown = new Scope(Optional.of("441882104"), List.of(), Optional.of("441882"));
        assertEquals(linked("441882104207"), D.decide(place("东村"), inTown));
    }

    @Test
    void aBareVillageFormNeedsItsTownNotItsProvince() {
        // 河北省白洋淀: 白洋 is a bare form of 白洋村 (130982204210), but only 西岸镇东村 reads as a village.
        Scope inProvince = new Scope(Optional.of("13"), List.of(), Optional.of("130628"));
        assertEquals(PlaceDecision.dropped(), D.decide(place("白洋"), inProvince));
        Scope inTown = new Scope(Optional.of("130982204"), List.of(), Optional.empty());
        assertEquals(linked("130982204210"), D.decide(place("白洋"), inTown));
    }

    @Test
    void aBareTownFormNeedsACityOrCountyRegionNotAProvince() {
        assertEquals(linked("441802106"), D.decide(place("石角"), region("441802")));
        assertEquals(PlaceDecision.dropped(), D.decide(place("石角"), region("44")));
    }

    @Test
    void placeLinkedEarlierInTheSentenceDecides() {
        Scope near = new Scope(Optional.empty(), List.of("441802"), Optional.empty());
        assertEquals(linked("441802106"), D.decide(place("石角"), near));
        // Without it, a bare town form outside any scope is too weak to stand alone.
        assertEquals(PlaceDecision.dropped(), D.decide(place("石角"), NONE));
    }

    @Test
    void regionDecidesAVillageNameThatRecursAcrossCounties() {
        assertEquals(linked("441802106202"), D.decide(place("黄布村"), region("441802")));
        assertEquals(linked("441802106"), D.decide(place("石角"), region("441802")));
    }

    @Test
    void curatedNameIsTheRegionsTownBeforeTheRiver() {
        assertEquals(PlaceDecision.typed("西江", "river"), D.decide(place("西江"), NONE));
        PlaceDecision.Linked town = (PlaceDecision.Linked) D.decide(place("西江"), region("441882"));
        assertEquals("西江镇", town.division().label());
    }

    @Test
    void placesOutsideTheListAreKeptByNameWithTheirKind() {
        Mention river = place("龙塘河").with(Attr.PLACE_TYPE, "river");
        assertEquals(PlaceDecision.typed("龙塘河", "river"), D.decide(river, NONE));
        Mention village = place("无名坑村").with(Attr.LEVEL, "village");
        assertEquals(PlaceDecision.unresolved("无名坑村", Optional.of(PlaceLevel.VILLAGE),
                "not in the division list"), D.decide(village, NONE));
    }

    @Test
    void villageNotUnderItsWrittenPlaceWithoutARegion() {
        // A province-level report: no region, 黄布村 written under 四川省, which has none.
        Scope inProvince = new Scope(Optional.of("51"), List.of(), Optional.empty());
        assertEquals(PlaceDecision.unresolved("黄布村", Optional.of(PlaceLevel.VILLAGE),
                "no village of this name in 51"), D.decide(place("黄布村"), inProvince));
    }

    @Test
    void fullNameAmbiguousInTheRegionsCityIsKeptWithItsCandidates() {
        // None in 连州市, two in its city 清远市.
        assertEquals(PlaceDecision.unresolved("太平镇", Optional.of(PlaceLevel.TOWN),
                "ambiguous within 4418: 441803104 441823107"), D.decide(place("太平镇"), region("441882")));
    }

    @Test
    void preferTopKeepsFullNamesAndTheHighestLevel() {
        List<Gazetteer.Candidate> qingyuan = G.candidates("清远");
        assertEquals(List.of("4418"), PlaceDisambiguator.preferTop(qingyuan).stream()
                .map(c -> c.division().code()).toList());
        assertEquals(List.of(), PlaceDisambiguator.preferTop(List.of()));
    }
}
