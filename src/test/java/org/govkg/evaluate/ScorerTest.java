package org.govkg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.govkg.export.EntityRow;
import org.junit.jupiter.api.Test;

class ScorerTest {

    private static GoldEntity gold(String type, String label, List<String> aliases, String code,
            boolean req) {
        return new GoldEntity(type, label, aliases, code, req, "");
    }

    private static EntityRow row(String type, String label, List<String> aliases, String code) {
        return new EntityRow("d.txt", type, "https://w3id.org/govkg/x", label, aliases, code);
    }

    private static final GoldFile GOLD = new GoldFile("d.txt", "清城区", "441802", 2025, "work-report", List.of(
            gold("Program", "百千万工程", List.of("百县千镇万村高质量发展工程"), "", true),
            gold("Program", "六稳", List.of(), "", true),
            gold("Program", "五外联动", List.of(), "", false),
            gold("Place", "石角镇", List.of("石角"), "441802106", true),
            gold("Place", "龙塘镇", List.of(), "441802107", true)));

    @Test
    void matchesOnAnyNameAfterNormalisation() {
        List<EntityRow> sys = List.of(
                row("Program", "百县千镇万村高质量发展工程", List.of(), ""),
                row("Program", "“五外联动”", List.of(), ""),
                row("Program", "招商引资", List.of(), ""),
                row("Place", "石 角", List.of(), "441802106"),
                row("Place", "龙塘镇", List.of(), "441802000"));
        Scorer.Result r = Scorer.score(List.of(GOLD), sys);
        Scorer.Counts p = r.byType().get("Program");
        // 百千万工程 matched through its alias; 五外联动 optional: ignored; 招商引资 false positive.
        assertEquals(new Scorer.Counts(2, 1, 1, 1), p);
        assertEquals(0.5, p.precision(), 1e-9);
        assertEquals(0.5, p.recall(), 1e-9);
        assertEquals(new Scorer.Counts(2, 2, 2, 0), r.byType().get("Place"));
        assertEquals(2, r.codesChecked());
        assertEquals(1, r.codesCorrect());
        assertEquals(List.of("code", "false-positive", "miss"),
                r.errors().stream().map(Scorer.Error::kind).sorted().toList());
    }

    @Test
    void otherDocumentsRowsDoNotCount() {
        EntityRow other = new EntityRow("e.txt", "Program", "i", "六稳", List.of(), "");
        Scorer.Result r = Scorer.score(List.of(GOLD), List.of(other));
        assertEquals(new Scorer.Counts(2, 0, 0, 0), r.byType().get("Program"));
        assertEquals(0.0, r.byType().get("Program").f1());
    }

    @Test
    void entityRowRoundTripsThroughTsv() {
        EntityRow r = new EntityRow("a.txt", "Place", "https://w3id.org/govkg/place/441802", "清城区",
                List.of("清城", "清远市清城区"), "441802");
        assertEquals("a.txt\tPlace\thttps://w3id.org/govkg/place/441802\t清城区\t清城|清远市清城区\t441802\t",
                r.toTsv());
        assertEquals(r, EntityRow.parse(r.toTsv()));
        EntityRow d = new EntityRow("a.txt", "DefinedTerm", "x:1", "三铁工程", List.of(), "", "指南部通地铁,\n中部通郊铁。");
        assertEquals("指南部通地铁, 中部通郊铁。", EntityRow.parse(d.toTsv()).definition());
    }

    @Test
    void definitionsAreComparedWithoutWhitespaceAndAMissCountsAsUnequal() {
        GoldFile gold = new GoldFile("d.txt", "清城区", "441802", 2025, "work-report", List.of(
                new GoldEntity("DefinedTerm", "三铁工程", List.of(), "", true, "指南部通地铁、 中部通郊铁。"),
                new GoldEntity("DefinedTerm", "六稳", List.of(), "", true, "指稳就业。"),
                new GoldEntity("DefinedTerm", "双百工程", List.of(), "", true, "指社工站。"),
                new GoldEntity("DefinedTerm", "口袋公园", List.of(), "", false, "指小公园。")));
        List<EntityRow> rows = List.of(
                new EntityRow("d.txt", "DefinedTerm", "x:1", "三铁工程", List.of(), "", "指南部通地铁、中部通郊铁。"),
                new EntityRow("d.txt", "DefinedTerm", "x:2", "六稳", List.of(), "", "指稳就业、稳金融。"),
                new EntityRow("d.txt", "DefinedTerm", "x:3", "口袋公园", List.of(), "", ""));
        Scorer.Result r = Scorer.score(List.of(gold), rows);
        // 三铁工程 equal; 六稳 differs; 双百工程 was not found; 口袋公园 is optional.
        assertEquals(3, r.definitionsChecked());
        assertEquals(1, r.definitionsEqual());
        assertEquals(List.of("六稳", "双百工程"), r.errors().stream().filter(e -> e.kind().equals("definition"))
                .map(Scorer.Error::label).toList());
    }
}
