package org.govkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.govkg.extract.AnalyzedDocument;
import org.govkg.extract.Attr;
import org.govkg.extract.Extraction;
import org.govkg.extract.PlaceExtractor;
import org.govkg.extract.Relation;
import org.govkg.gazetteer.Gazetteer;
import org.govkg.ingest.IngestNotes;
import org.govkg.ingest.OffsetMap;
import org.govkg.ingest.SourceDocument;
import org.govkg.nlp.HanlpAnalyzer;
import org.govkg.nlp.Token;
import org.govkg.script.ChineseScript;
import org.govkg.text.DocumentMetadata;
import org.govkg.text.Sentence;
import org.govkg.text.StructureParser;
import org.govkg.text.TextStructure;
import org.junit.jupiter.api.Test;

/** PlaceExtractor + PlaceLinker on small inline reports. */
class PlaceLinkerTest {

    private static final PlaceExtractor EXTRACTOR = new PlaceExtractor(Gazetteer.shared());
    private static final PlaceLinker LINKER = new PlaceLinker(Gazetteer.shared());

    private record Run(Extraction extraction, ResolvedDocument resolved) {
        /** surface@start → entity key, in text order. */
        Map<String, String> links() {
            Map<String, String> out = new TreeMap<>();
            for (ResolvedMention m : resolved.mentions()) {
                out.put(m.mention().surface() + "@" + m.mention().span().start(), m.entityKey());
            }
            return out;
        }

        Entity entity(String key) {
            return resolved.entities().stream().filter(e -> e.key().equals(key)).findFirst().orElseThrow();
        }
    }

    private static Run run(String text, String region) {
        TextStructure structure = StructureParser.parse(text);
        List<List<Token>> tokens = new ArrayList<>();
        for (Sentence s : structure.sentences()) {
            tokens.add(HanlpAnalyzer.forThisThread().segment(s.span().of(text), s.span().start()));
        }
        SourceDocument source = new SourceDocument("t.txt", Path.of("t.txt"), text, text,
                OffsetMap.identity(text.length()), new IngestNotes("UTF-8", false, false, 0, 0));
        DocumentMetadata meta = new DocumentMetadata("", Optional.ofNullable(region), Optional.empty(),
                DocumentMetadata.OTHER, Optional.empty(), Optional.empty());
        AnalyzedDocument doc = new AnalyzedDocument(source, meta, structure, tokens);
        Extraction extraction = EXTRACTOR.extract(doc);
        return new Run(extraction, new EntityResolver(List.of(LINKER)).resolve(doc, extraction));
    }

    @Test
    void nestedChainIsThreePlacesWithParents() {
        Run r = run("清城区石角镇黄布村完成改革。", null);
        assertEquals(Map.of("清城区@0", "place/441802", "石角镇@3", "place/441802106", "黄布村@6",
                "place/441802106202"), r.links());
        List<Relation> partOf = r.extraction().relations();
        assertEquals(List.of(1, 2), partOf.stream().map(Relation::subject).sorted().toList());
        Entity village = r.entity("place/441802106202");
        assertEquals("黄布村", village.label());
        assertEquals("village", village.properties().get(Attr.LEVEL));
        assertEquals("place/441802106", village.properties().get(Attr.PARENT));
        // Ancestors up to the country are in the document's entities.
        assertEquals("中国", r.entity(PlaceLinker.COUNTRY_KEY).label());
        assertEquals("广东省", r.entity("place/44").label());
        assertEquals(Optional.of("place/441802"), r.resolved().region());
    }

    @Test
    void listOfShortFormsResolvesToTownsOfTheRegion() {
        Run r = run("推进石角、龙塘、飞来峡等镇发展。", "清远市清城区");
        assertEquals(Map.of("石角@2", "place/441802106", "龙塘@5", "place/441802105", "飞来峡@8",
                "place/441802107"), r.links());
        assertEquals("石角镇", r.entity("place/441802106").label());
        assertTrue(r.entity("place/441802106").aliases().contains("石角"));
    }

    @Test
    void ambiguousVillageNeedsItsRegionOrChain() {
        // 黄布村 exists in several counties: in a 清城区 report it is 石角镇's.
        assertEquals(Map.of("黄布村@0", "place/441802106202"), run("黄布村荣获称号。", "清城区").links());
        assertFalse(run("黄布村荣获称号。", "连州市").links().containsValue("place/441802106202"));
        // 东村 is twice inside 连州市: the enclosing town decides.
        assertEquals("place/441882104207", run("西岸镇东村进行文旅融合试点。", "连州市").links().get("东村@3"));
    }

    @Test
    void ambiguousFullNameOutsideTheRegionKeepsNoCode() {
        Run r = run("太平镇发展旅游。", "连州市");
        String key = r.links().get("太平镇@0");
        assertEquals("place/太平镇", key);
        assertTrue(r.entity(key).properties().get(Attr.UNRESOLVED).startsWith("ambiguous"),
                r.entity(key).properties().toString());
    }

    @Test
    void placesInsideProjectAndOrganisationNames() {
        // A project named after the town it runs through still names the town ...
        assertEquals("place/441802106", run("国能天然气石角专线项目开工。", "清城区").links().get("石角@5"));
        // ... but a short form that starts a brand or institution name does not.
        assertFalse(run("推进清远长隆项目建设。", "清城区").links().containsKey("清远@2"));
        assertFalse(run("与中山大学合作办医。", "清城区").links().containsKey("中山@1"));
        // 全区 / 我市 / 各镇 name no place.
        assertEquals(Map.of(), run("全区各镇街，我市全市。", "清城区").links());
    }

    @Test
    void traditionalCharacterInputLinksAfterConversion() {
        String text = ChineseScript.toSimplified("東陂鎮和連州鎮沙坊村、西岸鎮東村村。");
        Run r = run(text, "連州市".equals("") ? null : "连州市");
        Map<String, String> links = r.links();
        assertEquals("place/441882107", links.get("东陂镇@0"));
        assertEquals("place/441882100", links.get("连州镇@4"));
        assertEquals("place/441882104", links.get("西岸镇@11"));
        assertEquals("place/441882104207", links.get("东村村@14"));
        // 沙坊村 is not listed under 连州镇: kept, by name, with the reason.
        assertEquals("place/沙坊村", links.get("沙坊村@7"));
        assertTrue(r.entity("place/沙坊村").properties().containsKey(Attr.UNRESOLVED));
    }

    @Test
    void reportFromAnotherProvinceLinksToItsCodes() {
        String text = "浙江省湖州市安吉县2023年政府工作报告\n"
                + "天荒坪镇余村村入选世界最佳旅游乡村；溪龙乡黄杜村白茶产业持续壮大。\n"
                + "推进递铺、昌硕等街道城市更新。";
        Run r = run(text, null);
        Map<String, String> links = r.links();
        assertEquals(Optional.of("place/330523"), r.resolved().region());
        assertEquals("place/33", links.get("浙江省@0"));
        assertEquals("place/3305", links.get("湖州市@3"));
        assertEquals("place/330523", links.get("安吉县@6"));
        assertEquals("place/330523108", links.get("天荒坪镇@21"), links.toString());
        assertEquals("place/330523108204", links.get("余村村@25"));
        assertEquals("place/330523201", links.get("溪龙乡@39"));
        assertEquals("place/330523201202", links.get("黄杜村@42"));
        assertEquals("place/330523001", links.get("递铺@57"));
        assertEquals("place/330523002", links.get("昌硕@60"));
    }

    @Test
    void curatedAndSuffixPlacesHaveTypes() {
        Run r = run("融入粤港澳大湾区，持续开展龙塘河、沙埗溪等流域综合治理。", "清城区");
        Map<String, String> links = r.links();
        assertEquals("place/粤港澳大湾区", links.get("粤港澳大湾区@2"));
        assertEquals("region", r.entity("place/粤港澳大湾区").properties().get(Attr.PLACE_TYPE));
        assertEquals("place/龙塘河", links.get("龙塘河@13"), links.toString());
        assertEquals("river", r.entity("place/龙塘河").properties().get(Attr.PLACE_TYPE));
        assertEquals("place/沙埗溪", links.get("沙埗溪@17"));
    }

    @Test
    void provinceLevelReportWithoutCountyRegionStillLinks() {
        // No county or city opens the report, so it has no region; a chain whose child is not in the
        // province once failed the whole document (removeIf on an immutable empty list).
        Run r = run("四川省2026年政府工作报告\n四川省黄布村发展特色产业。", null);
        // Naming no county or city, the report is its province's: a city of 四川 under it resolves.
        assertEquals(Optional.of("place/51"), r.resolved().region());
        assertEquals(Map.of("四川省@0", "place/51", "四川省@15", "place/51", "黄布村@18", "place/黄布村"),
                r.links());
        assertEquals(Map.of(Attr.LEVEL, "village", Attr.PARENT, "place/51",
                Attr.UNRESOLVED, "no village of this name in 51"), r.entity("place/黄布村").properties());
        // Bare county forms of the province resolve under it, the province-administered 仙桃 too.
        Run hubei = run("湖北省2026年政府工作报告\n支持红安、云梦创建示范区，支持仙桃打造基地。", null);
        assertEquals(Optional.of("place/42"), hubei.resolved().region());
        Map<String, String> links = hubei.links();
        assertEquals("place/421122", links.get("红安@17"), links.toString());
        assertEquals("place/429004", links.get("仙桃@30"), links.toString());
    }

    @Test
    void foreignPlacesCountWhereTheyNameThePlaceNotAsModifiers() {
        Map<String, String> links = run("深耕东盟、中亚等新兴市场，与印尼、泰国合作，面向南亚东南亚辐射中心建设。",
                "湖北省").links();
        assertEquals("place/东盟", links.get("东盟@2"), links.toString());
        assertEquals("place/中亚", links.get("中亚@5"));
        assertEquals("place/印度尼西亚", links.get("印尼@14"));
        assertEquals("place/泰国", links.get("泰国@17"));
        assertEquals("place/南亚", links.get("南亚@24"));
        // After another foreign name, a name before a noun still names its place.
        assertEquals("place/东南亚", links.get("东南亚@26"));
        // Before a noun, or inside an organisation's or another place word, they name no place.
        assertEquals(Map.of(), run("全力打好非洲猪瘟防控阻击战，亚洲冬运会，中亚班列开行。", "湖北省").links());
        assertEquals(Map.of(), run("新加坡设计业总商会重庆代表处成立。", "湖北省").links());
        assertEquals(Map.of(), run("其中东强(连州)铜箔项目。", "湖北省").links());
    }

    @Test
    void aOneCharacterSuffixMustEndAWord() {
        // 河 of 天河国际机场 ends no river (the stem would be the verb phrase 推动天).
        assertEquals(Map.of(), run("推动天河国际机场建设。", "湖北省").links());
    }

    @Test
    void namedSuffixesTakeAPlaceAndShortModifiersAsStem() {
        Map<String, String> links = run("推动成都平原经济区、辽东绿色经济区、长江中游城市群、武陵山区发展。", "四川省")
                .links();
        assertEquals("place/成都平原经济区", links.get("成都平原经济区@2"), links.toString());
        assertEquals("place/辽东绿色经济区", links.get("辽东绿色经济区@10"));
        assertEquals("place/长江中游城市群", links.get("长江中游城市群@18"));
        assertEquals("place/武陵山区", links.get("武陵山区@26"));
        Map<String, String> dashed = run("打造岷江—长江上游经济带。大松山墓群入选。", "四川省").links();
        assertEquals("place/岷江_长江上游经济带", dashed.get("岷江—长江上游经济带@2"), dashed.toString());
        assertEquals("heritageSite", run("大松山墓群入选。", "贵州省").entity("place/大松山墓群").properties()
                .get(Attr.PLACE_TYPE));
        // A verb is no stem, though 振兴区 is a district.
        assertEquals(Map.of("北碚@0", "place/500109"), run("北碚获批创建国家乡村振兴示范区。", "重庆市").links());
    }

    @Test
    void placeWordsEndingLikeAFeatureAreFeatures() {
        Run r = run("聚焦大凉山、都柳江、抚仙湖保护。", "四川省");
        Map<String, String> links = r.links();
        assertEquals("place/大凉山", links.get("大凉山@2"), links.toString());
        assertEquals("mountain", r.entity("place/大凉山").properties().get(Attr.PLACE_TYPE));
        assertEquals("place/都柳江", links.get("都柳江@6"));
        assertEquals("place/抚仙湖", links.get("抚仙湖@10"));
        // Categories, slogans and verb phrases are none.
        assertEquals(Map.of(), run("抓实河湖长制，绿水青山就是金山银山，围绕控源、治河、补水。", "四川省").links());
    }

    @Test
    void partsOfAProvinceByShortFormAndDirection() {
        Map<String, String> links = run("渝东北、渝东南迈入高铁时代。", "重庆市").links();
        assertEquals(Map.of("渝东北@0", "place/渝东北", "渝东南@4", "place/渝东南"), links);
        // A division of that name stays the division.
        assertEquals("place/5227", run("支持黔南发展。", "贵州省").links().get("黔南@2"));
    }

    @Test
    void provinceReportsKeepRiversAndLinkNoTownsOfOtherProvinces() {
        // In a province's report the river 汉江 is no likelier one of its towns named 汉江.
        assertEquals("place/汉江", run("深化长江、汉江等重点流域治理。", "湖北省").links().get("汉江@5"));
        // 天门 after 仙桃 is the county-level city, not a village of 仙桃 of that short name.
        Map<String, String> links = run("带动仙桃、天门、潜江等地协同联动。", "湖北省").links();
        assertEquals("place/429006", links.get("天门@5"), links.toString());
        // 科技城 is a town of Jiangsu: not linked from a report of Liaoning.
        assertFalse(run("沈阳浑南科技城落户项目。", "辽宁省").links().containsKey("科技城@4"));
    }

    @Test
    void countyShortFormsReadAsCommonNounsAreNoPlacesOutsideLists() {
        // 资源 (资源县) and 港口 (港口区) as HanLP common nouns; in a list of places a short form stays one.
        assertEquals(Map.of(), run("融入红色资源传承，通达200多个港口。", "广西壮族自治区").links());
        assertEquals("place/4513", run("南宁、柳州、来宾、崇左等市。", "广西壮族自治区").links().get("来宾@6"));
    }

    @Test
    void aRuleHitTakesModifiersBeforeARegionHeadOnlyWhenItIsARegion() {
        Map<String, String> links = run("川西北生态示范区建设。", "四川省").links();
        assertEquals(Map.of("川西北生态示范区@0", "place/川西北生态示范区"), links);
        assertFalse(run("推进燕湖新城总部经济区建设。", "清远市").links().containsKey("燕湖新城总部经济区@2"));
    }

    @Test
    void villageAndCommunitySuffixesOnSlogansAreNoPlaces() {
        // 建设 (a village 建设村) and 大城 (大城县) are words here, no neighbours; 万企兴万村 holds numerals.
        assertEquals(Map.of(), run("建设完整社区试点19个。", "广西壮族自治区").links());
        assertEquals(Map.of(), run("“万企兴万村”行动深化拓展。", "广西壮族自治区").links());
        assertFalse(run("持续深化小县大城、强镇带村改革。", "重庆市").links().containsKey("强镇带村@7"));
        // A village after its town still counts.
        assertTrue(run("西岸镇沙坊村发展。", "连州市").links().containsKey("沙坊村@3"));
    }

    @Test
    void numeralFeatureWordsSpiritsAndEventsNameNoPlace() {
        assertEquals(Map.of(), run("新增“两山”实践创新基地6个。", "广西壮族自治区").links());
        assertEquals(Map.of(), run("弘扬大别山精神，在杭州亚运会上夺金。", "湖北省").links());
        assertEquals("place/大别山", run("推进大别山生态保护。", "湖北省").links().get("大别山@2"));
    }

    @Test
    void newDistrictsAndRegionsNeedANamingStem() {
        assertEquals(Map.of(), run("创建繁荣宜居智慧新城，打造世界级大都市圈。", "天津市").links());
        assertEquals("place/燕湖新城", run("燕湖新城建设稳步推进。", "清远市").links().get("燕湖新城@0"));
        // The state-level new districts are curated, with their short forms (贵安 of 贵安新区).
        assertEquals("place/贵安新区", run("支持贵阳贵安高质量发展。", "贵州省").links().get("贵安@4"));
    }

    @Test
    void curatedRiversSplitByHanlpStayRivers() {
        assertEquals("place/岷江", run("以解决岷江水量的不足。", "四川省").links().get("岷江@3"));
        assertEquals("place/大渡河", run("从大渡河引水。", "四川省").links().get("大渡河@1"));
        // A two-character name that begins a longer word is no river of its own.
        assertFalse(run("与华山医院合作。", "上海市").links().containsKey("华山@1"));
    }

    @Test
    void aRiverSuffixEndingTheReportsOwnDistrictIsTheDistrict() {
        assertFalse(run("全面建设社会主义现代化新宁河。", "天津市宁河区").links().containsKey("新宁河@11"));
        assertEquals("place/大清河", run("治理大清河。", "河北省").links().get("大清河@2"));
    }

    @Test
    void listItemsFusedWithTheirEndOrMissedByHanlp() {
        // 昭/平等: the last item of a list of counties, fused with 等.
        assertEquals("place/451121", run("苍梧、昭平等10个县区通了高速。", "广西壮族自治区").links().get("昭平@3"));
        // Lakes of a list that HanLP splits (杞/麓/湖, 异/龙湖) ...
        Map<String, String> links = run("杞麓湖、异龙湖实现脱劣。", "云南省").links();
        assertEquals("place/杞麓湖", links.get("杞麓湖@0"), links.toString());
        assertEquals("place/异龙湖", links.get("异龙湖@4"), links.toString());
        // ... but a list of categories is none.
        assertEquals(Map.of(), run("建设美丽河湖、幸福河湖。", "四川省").links());
    }

    @Test
    void theForestryDistrictGoesByItsName() {
        assertEquals("place/429021", run("支持神农架创建国家公园。", "湖北省").links().get("神农架@2"));
    }
}
