package org.govkg.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static final Gazetteer G = Gazetteer.shared();

    private static Gazetteer small() throws IOException {
        return new Gazetteer(GazetteerLoaderTest.divisions(), GazetteerLoaderTest.curated());
    }

    @Test
    void queriesOnASmallListAreExactAndImmutable() throws IOException {
        Gazetteer g = small();
        assertEquals(12, g.size());
        assertEquals(List.of(new Gazetteer.Candidate(g.division("441802106203").orElseThrow(), false),
                new Gazetteer.Candidate(g.division("441882104207").orElseThrow(), true)), g.candidates("东村"));
        // 东村村委会 is the committee of 东村村 or, with its 村 marker written twice, of 东村.
        assertEquals(List.of("441802106203", "441882104207"), g.candidates("东村村委会").stream()
                .map(c -> c.division().code()).toList());
        assertThrows(UnsupportedOperationException.class, () -> g.candidates("东村").clear());
        assertEquals(List.of("441882104", "441882", "4418", "44"),
                g.ancestors("441882104207").stream().map(Division::code).toList());
        assertThrows(UnsupportedOperationException.class, () -> g.ancestors("441882104207").clear());
        assertTrue(g.within("441882104207", "4418"));
        assertTrue(!g.within("441882104207", "441802"));
        assertEquals(4, g.maxLength());
    }

    @Test
    void lexiconOnASmallListFindsDivisionsAndCuratedPlaces() throws IOException {
        Gazetteer g = small();
        String text = "石角镇和北江干流、东村村委会";
        assertEquals(List.of("2 石角 -/TOWN", "3 石角镇 TOWN/-"), found(g, text, 0));
        assertEquals(List.of("6 北江 -/-/river", "8 北江干流 -/-/river"), found(g, text, 4));
        assertEquals(List.of("11 东村 VILLAGE/VILLAGE", "12 东村村 VILLAGE/-"), found(g, text, 9));
        // Spans longer than the longest name (4 here) are not looked at, not even committee names.
        assertNull(g.find(text, 9, 14));
        assertNull(g.find(text, 3, 5));
    }

    private static List<String> found(Gazetteer g, String text, int start) {
        return g.findAll(text, start, text.length()).stream()
                .map(f -> f.end() + " " + f.name().form() + " " + levels(f.name())).sorted().toList();
    }

    private static String levels(PlaceName n) {
        StringBuilder full = new StringBuilder();
        StringBuilder bare = new StringBuilder();
        for (PlaceLevel l : PlaceLevel.values()) {
            if (n.isFull(l)) {
                full.append(full.length() == 0 ? "" : "+").append(l);
            }
            if (n.isBare(l)) {
                bare.append(bare.length() == 0 ? "" : "+").append(l);
            }
        }
        return (full.length() == 0 ? "-" : full) + "/" + (bare.length() == 0 ? "-" : bare)
                + n.placeType().map(t -> "/" + t).orElse("");
    }

    @Test
    void codesOfEveryLevelComeOutRight() {
        assertEquals(new Division("44", PlaceLevel.PROVINCE, "广东省", Optional.empty()),
                G.division("44").orElseThrow());
        assertEquals(new Division("4418", PlaceLevel.CITY, "清远市", Optional.of("44")),
                G.division("4418").orElseThrow());
        assertEquals(new Division("441802", PlaceLevel.COUNTY, "清城区", Optional.of("4418")),
                G.division("441802").orElseThrow());
        assertEquals(new Division("441802106", PlaceLevel.TOWN, "石角镇", Optional.of("441802")),
                G.division("441802106").orElseThrow());
        assertEquals(new Division("441802106202", PlaceLevel.VILLAGE, "黄布村", Optional.of("441802106")),
                G.division("441802106202").orElseThrow());
        // Placeholder units (市辖区) are skipped: a Beijing district hangs under the province.
        assertEquals(Optional.of("11"), G.division("110101").orElseThrow().parent());
        assertTrue(G.size() > 660_000, "size " + G.size());
    }

    @Test
    void villageCommitteesAreNamedAsVillagesAndCommunities() {
        assertEquals("新桥村", G.division("441802007202").orElseThrow().label());
        assertEquals("美林湖社区", G.division("441802106005").orElseThrow().label());
        assertTrue(codes("新桥村委会").contains("441802007202"));
        assertTrue(codes("石岐村委会").contains("441802106211"));
    }

    @Test
    void villagesAreNotLabelledWithTheirMarkerTwice() throws IOException {
        // 荆竹村村民委员会 is 荆竹村's committee: its label is 荆竹村, not 荆竹村村 (121,780 were).
        assertEquals("荆竹村", G.division("500156003204").orElseThrow().label());
        assertTrue(codes("荆竹村").contains("500156003204"));
        assertTrue(codes("荆竹村村").contains("500156003204"));
        PlaceName doubled = G.find("荆竹村村", 0, 4);
        assertNotNull(doubled);
        assertTrue(doubled.isFull(PlaceLevel.VILLAGE));
        // The source itself spells a few X村村 (新村村, 王村村: the village of the place 王村): kept.
        assertEquals("新村村", G.division("220271001215").orElseThrow().label());
        List<String> doubledLabels = new java.util.ArrayList<>();
        try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(
                new java.util.zip.GZIPInputStream(
                        GazetteerTest.class.getResourceAsStream(GazetteerLoader.DIVISIONS)),
                java.nio.charset.StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] f = line.split("\t", -1);
                if (!line.startsWith("#") && f[2].endsWith("村村")) {
                    doubledLabels.add(f[2]);
                }
            }
        }
        // 161 one-character places (王村村) and 12 the source spells with three 村 (护驾村村村委会).
        assertEquals(173, doubledLabels.size(), doubledLabels.toString());
        assertEquals(12, doubledLabels.stream().filter(l -> l.length() > 3).count(),
                doubledLabels.toString());
    }

    @Test
    void shortFormsFindTheirDivisions() {
        assertTrue(codes("石角").contains("441802106"));
        assertTrue(codes("连南").contains("441826"));
        assertEquals(List.of("441882200"), codes("瑶安乡"));
        assertTrue(codes("瑶安").contains("441882200"));
        assertTrue(codes("清远").contains("4418"));
        assertTrue(G.candidates("石角").stream()
                .anyMatch(c -> c.bare() && c.division().code().equals("441802106")));
    }

    @Test
    void lexiconReportsFullAndBareReadings() {
        PlaceName town = G.find("在石角镇", 1, 4);
        assertNotNull(town);
        assertTrue(town.isFull(PlaceLevel.TOWN));
        PlaceName bare = G.find("石角", 0, 2);
        assertTrue(bare.isBare(PlaceLevel.TOWN));
        assertNull(G.find("发展经济", 0, 4));
        assertEquals(Optional.of("region"), G.find("粤港澳大湾区", 0, 6).placeType());
    }

    @Test
    void hierarchyIsWalkedThroughParents() {
        assertTrue(G.within("441802106202", "4418"));
        assertTrue(!G.within("441882104207", "441802"));
        assertEquals(List.of("441802106", "441802", "4418", "44"),
                G.ancestors("441802106202").stream().map(Division::code).toList());
    }

    private static List<String> codes(String form) {
        return G.candidates(form).stream().map(c -> c.division().code()).toList();
    }

    @Test
    void findAllGivesWhatFindGivesForEveryEnd() {
        String text = "石角、龙塘、飞来峡通过评定进入省“百千万工程”第二批典型镇名单，黄布村委会和清远市清城区东城街道、"
                + "北江、飞霞山及广东省连州市星子镇也在其中。";
        int found = 0;
        for (int start = 0; start < text.length(); start++) {
            java.util.List<org.govkg.gazetteer.PlaceLexicon.Found> all =
                    G.findAll(text, start, text.length());
            java.util.List<String> expected = new java.util.ArrayList<>();
            for (int end = start + 2; end <= Math.min(text.length(), start + G.maxLength()); end++) {
                var n = G.find(text, start, end);
                if (n != null) {
                    expected.add(end + " " + n);
                }
            }
            assertEquals(expected, all.stream().map(f -> f.end() + " " + f.name()).toList(), "at " + start);
            found += all.size();
        }
        // Administrative names, a committee name and curated places are all among them.
        assertTrue(found >= 12, "found " + found);
        assertTrue(G.findAll(text, text.indexOf("黄布"), text.length()).stream()
                .anyMatch(f -> f.name().form().equals("黄布村委会")));
    }

    @Test
    void findAllStopsEarlyButFindsWhatEveryEndFinds() throws IOException {
        // The prefix filter ends a scan at the first span that begins no name; the names found must be
        // exactly those of looking up every end, committee names and doubled 村 included.
        StringBuilder text = new StringBuilder("东陂镇新桥村委会、黄布社区居民委员会、武隆荆竹村村、连州镇沙坊村。");
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("corpus"))) {
            for (java.nio.file.Path f : files.sorted().toList()) {
                text.append(java.nio.file.Files.readString(f));
            }
        }
        int found = 0;
        for (int i = 0; i < text.length(); i++) {
            List<PlaceLexicon.Found> expected = new java.util.ArrayList<>();
            for (int end = i + 2; end <= Math.min(text.length(), i + G.maxLength()); end++) {
                PlaceName n = G.find(text, i, end);
                if (n != null) {
                    expected.add(new PlaceLexicon.Found(end, n));
                }
            }
            assertEquals(expected, G.findAll(text, i, text.length()), "at " + i);
            found += expected.size();
        }
        assertTrue(found > 1000, "names found: " + found);
        assertEquals(List.of(8), G.findAll(text, 3, text.length()).stream().map(PlaceLexicon.Found::end)
                .filter(e -> e == 8).toList(), "新桥村委会");
    }
}
