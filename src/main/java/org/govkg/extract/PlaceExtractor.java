package org.govkg.extract;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.govkg.extract.place.SuffixRules;
import org.govkg.gazetteer.PlaceLevel;
import org.govkg.gazetteer.PlaceLexicon;
import org.govkg.gazetteer.PlaceName;
import org.govkg.nlp.Pos;
import org.govkg.nlp.Token;
import org.govkg.nlp.Tokens;
import org.govkg.text.Cancellation;
import org.govkg.text.Han;
import org.govkg.text.Sentence;
import org.govkg.text.Span;

/**
 * Finds Place mentions.
 * <p>Requires: an analysed document (sentences and their HanLP tokens) and a {@link PlaceLexicon}
 * (the gazetteer's name forms and the curated places). Produces: one Place mention per name found,
 * {@link Relation#PART_OF} relations between the places of a chain (清城区石角镇黄布村: 黄布村 → 石角镇 →
 * 清城区), and {@link Attr#PLACE_TYPE} / {@link Attr#LEVEL} on places found by suffix rules.
 * Codes are not decided here: linking (org.govkg.resolve.PlaceLinker) does that.
 * <p>Rules, per sentence:
 * <ol>
 * <li>Dictionary hits over the text; overlaps go to suffixed names above village level and curated
 *     places (西岸镇), then village names (东村村), then bare short forms (石角), then to the longer hit.</li>
 * <li>A bare short form followed by a proper-name token or a single bound character is the first
 *     part of another name (清远 in 清远长隆) and no mention. Inside a longer HanLP token it is dropped
 *     too (长治 in 长治久安), unless that token is itself a proper name (石角 in 天然气石角专线: the
 *     project is named after, and located in, 石角镇).</li>
 * <li>A bare village form (新桥, 东村) counts only directly after a town or county (西岸镇东村).</li>
 * <li>Suffix rules ({@code places/suffixes.tsv}) find places missing from the lexicon: a 2-4
 *     character stem before 河/溪/水库/新城/片区/… (a bare short form followed by such a suffix
 *     becomes the stem: 龙塘河 is a river, not 龙塘镇); 村/社区 need a neighbouring place.</li>
 * </ol>
 * Thread-safe: per-call state stays on the stack.
 */
public final class PlaceExtractor implements Extractor {

    private static final String LIST_SEPARATORS = "、";
    private static final int COUNTY_OR_ABOVE = PlaceLevel.PROVINCE.bit() | PlaceLevel.CITY.bit()
            | PlaceLevel.COUNTY.bit();
    /** Characters that end a list item: the next separator, or 等 / 和 / 及 closing the list. */
    private static final String LIST_ENDS = "、等和及";
    private static final String DASHES = "—－-–";
    /** Chinese numerals: a rule-found name holding one is a count or slogan (万企兴万村, “两山”). */
    private static final String NUMERALS = "一二三四五六七八九十百千万两";
    private static final Pos DIRECTION = new Pos("f");
    /** Directions after a province's short form, longest first (川东北 before 川东). */
    private static final List<String> DIRECTIONS = List.of("东北", "东南", "西北", "西南", "东", "南", "西", "北",
            "中");
    /** After 川东 these make a phrase about a side (川东部, 川北方), not the name of a part. */
    private static final String NOT_AFTER_DIRECTION = "部方侧面边";
    /** Curated place types outside China (places.tsv), named in reports mostly as partners or markets. */
    private static final Set<String> FOREIGN_TYPES = Set.of("country", "worldRegion", "ocean");
    /** Rule types whose stem must name something: 国际新城, 智慧新城, 世界级大都市圈 are descriptions. */
    private static final Set<String> GENERIC_STEM_TYPES = Set.of("newDistrict", "scenicArea", "region");
    /** Curated place types of natural features, whose names HanLP often splits (岷/江水量). */
    private static final Set<String> NATURAL_TYPES = Set.of("river", "lake", "mountain");

    private final PlaceLexicon lexicon;
    private final SuffixRules rules;

    /** @param lexicon the place names to look for, e.g. {@code Gazetteer.shared()} */
    public PlaceExtractor(PlaceLexicon lexicon) {
        this.lexicon = requireNonNull(lexicon, "lexicon");
        this.rules = SuffixRules.shared();
    }

    /** A found place name in a sentence. {@code name} is null for suffix-rule hits. */
    private record Hit(int start, int end, PlaceName name, String suffixType, boolean village) {
        int rank() {
            if (name == null) {
                return 2;
            }
            if (name.placeType().isPresent() || (name.fullLevels() & ~PlaceLevel.VILLAGE.bit()) != 0) {
                return 3;
            }
            return name.isFullName() ? 2 : name.onlyBareVillage() ? 0 : 1;
        }

        boolean bare() {
            return name != null && !name.isFullName();
        }

        int length() {
            return end - start;
        }
    }

    @Override
    public Extraction extract(AnalyzedDocument doc) {
        String text = doc.text();
        List<Mention> mentions = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        List<Sentence> sentences = doc.structure().sentences();
        String region = doc.metadata().region().orElse("");
        for (int k = 0; k < sentences.size(); k++) {
            Cancellation.check();
            Span span = sentences.get(k).span();
            List<Hit> hits = sentenceHits(text, span, doc.tokens().get(k), region);
            Hit previous = null;
            int previousIndex = -1;
            for (Hit h : hits) {
                Span s = new Span(h.start(), h.end());
                String surface = s.of(text);
                TreeMap<Attr, String> attrs = new TreeMap<>();
                if (h.name() == null) {
                    attrs.put(h.village() ? Attr.LEVEL : Attr.PLACE_TYPE,
                            h.village() ? PlaceLevel.VILLAGE.id() : h.suffixType());
                } else {
                    h.name().placeType().ifPresent(t -> attrs.put(Attr.PLACE_TYPE, t));
                    if (h.suffixType() != null) {
                        attrs.putIfAbsent(Attr.PLACE_TYPE, h.suffixType());
                    }
                }
                int index = mentions.size();
                mentions.add(new Mention(EntityType.Place, surface, surface, s, k, attrs));
                if (previous != null && previous.end() == h.start() && isPartOf(h, previous)) {
                    relations.add(new Relation(RelationKind.PART_OF, index, previousIndex, k,
                            new TreeMap<>()));
                }
                previous = h;
                previousIndex = index;
            }
        }
        return new Extraction(mentions, relations, List.of());
    }

    /** The accepted place names of one sentence, in text order. */
    List<Hit> sentenceHits(String text, Span span, List<Token> tokens, String region) {
        List<Hit> all = new ArrayList<>();
        for (int i = span.start(); i < span.end(); i++) {
            if (!Han.isHan(text.charAt(i))) {
                continue;
            }
            for (PlaceLexicon.Found f : lexicon.findAll(text, i, span.end())) {
                if (!rules.isNotPlace(f.name().form())) {
                    all.add(new Hit(i, f.end(), f.name(), null, false));
                }
            }
        }
        all.sort(Comparator.comparingInt(Hit::rank).reversed().thenComparing(
                Comparator.comparingInt(Hit::length).reversed()).thenComparingInt(Hit::start));
        List<Hit> chosen = new ArrayList<>();
        // Greedy, best first: a hit is kept when none of its characters is taken (names are short).
        boolean[] taken = new boolean[span.length()];
        for (Hit h : all) {
            boolean free = true;
            for (int k = h.start(); k < h.end() && free; k++) {
                free = !taken[k - span.start()];
            }
            if (free) {
                chosen.add(h);
                Arrays.fill(taken, h.start() - span.start(), h.end() - span.start(), true);
            }
        }
        chosen.sort(Comparator.comparingInt(Hit::start));
        chosen = addFeatureWords(text, span, tokens, chosen, region);
        chosen = addProvinceParts(text, span, tokens, chosen);
        chosen = addSuffixHits(text, span, tokens, chosen, region);
        chosen = addListedFeatures(text, span, tokens, chosen);
        Set<Integer> starts = new HashSet<>();
        chosen.forEach(h -> starts.add(h.start()));
        List<Hit> accepted = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            Hit h = chosen.get(i);
            Hit prev = accepted.isEmpty() ? null : accepted.get(accepted.size() - 1);
            boolean chained = prev != null && prev.end() == h.start() && prev.name() != null;
            // An item of a 、-list of places may be fused with the 等 that ends it (昭/平等 of 苍梧、昭平等).
            boolean listEnd = prev != null && prev.end() == h.start() - 1
                    && LIST_SEPARATORS.indexOf(text.charAt(h.start() - 1)) >= 0
                    && h.end() < span.end() && LIST_ENDS.indexOf(text.charAt(h.end())) >= 0;
            if (h.name() != null && !listEnd && straddles(text, h, tokens)) {
                continue;
            }
            if (h.bare() && !chained && isInsideName(text, h, tokens, starts)) {
                continue;
            }
            boolean listed = prev != null && prev.end() == h.start() - 1
                    && LIST_SEPARATORS.indexOf(text.charAt(h.start() - 1)) >= 0
                    || i + 1 < chosen.size() && chosen.get(i + 1).start() == h.end() + 1
                    && LIST_SEPARATORS.indexOf(text.charAt(h.end())) >= 0;
            if (h.bare() && isCommonWord(h, tokens, listed)) {
                continue;
            }
            if (h.name() != null && !chained && !listEnd && needsOwnToken(h) && !isOwnToken(h, tokens)) {
                continue;
            }
            if (h.name() != null && h.end() < text.length()
                    && rules.isNotPlace(text.substring(h.end() - 1, h.end() + 1))) {
                continue;
            }
            if (rules.headsOtherName(text, h.end())) {
                continue;
            }
            if (isForeignModifier(h, prev, tokens)) {
                continue;
            }
            if (h.name() != null && h.name().onlyBareVillage() && !(chained && holdsVillages(prev.name()))) {
                continue;
            }
            if (h.name() == null && h.village() && !hasNeighbour(text, h, prev, chosen, i, tokens)) {
                continue;
            }
            accepted.add(h);
        }
        return accepted;
    }

    /**
     * Adds suffix-rule hits; a bare form directly before a suffix becomes the stem (龙塘 + 河).
     * The hits never overlap, so they are kept by start and every look-up is a tree search: linear
     * in the sentence up to a logarithm, however many names it holds.
     */
    private List<Hit> addSuffixHits(String text, Span span, List<Token> tokens, List<Hit> chosen,
                                    String region) {
        TreeMap<Integer, Hit> byStart = new TreeMap<>();
        TreeSet<Integer> strongEnds = new TreeSet<>();
        for (Hit h : chosen) {
            byStart.put(h.start(), h);
            if (isStrong(h)) {
                strongEnds.add(h.end());
            }
        }
        for (int p = span.start() + 1; p < span.end(); p++) {
            SuffixRules.Rule rule = rules.ruleAt(text, p);
            if (rule == null || p + rule.suffix().length() > span.end()) {
                continue;
            }
            int suffixEnd = p + rule.suffix().length();
            if (rule.suffix().length() == 1 && endsInsideWord(tokens, suffixEnd)) {
                continue;
            }
            final int at = p;
            if (!rule.needsName()
                    && overlapping(byStart, at, suffixEnd).stream().anyMatch(PlaceExtractor::isStrong)) {
                continue;
            }
            if (rule.needsName()) {
                int named = namedStem(text, span, tokens, byStart, at, suffixEnd);
                // The stem starts with a place, so generic stems (生态 of 生态村) do not apply to it.
                if (named >= 0 && !rules.hasFunctionWord(text.substring(named, at))) {
                    overlapping(byStart, named, suffixEnd).forEach(h -> byStart.remove(h.start()));
                    byStart.put(named, new Hit(named, suffixEnd, null, rule.type(), false));
                    strongEnds.add(suffixEnd);
                    p = suffixEnd - 1;
                }
                continue;
            }
            Map.Entry<Integer, Hit> before = byStart.lowerEntry(at);
            Hit stemHit = before != null && before.getValue().end() == at ? before.getValue() : null;
            int stemStart;
            if (stemHit != null && stemHit.bare()) {
                stemStart = stemHit.start();
            } else {
                Integer strongEnd = strongEnds.floor(at);
                int limit = strongEnd == null ? span.start() : Math.max(span.start(), strongEnd);
                stemStart = chooseStem(text, limit, at, tokens);
            }
            if (stemStart < 0) {
                continue;
            }
            String stem = text.substring(stemStart, at);
            if (rules.rejects(stem, rule.suffix()) || stem.chars().anyMatch(c -> !Han.isHan((char) c))
                    || GENERIC_STEM_TYPES.contains(rule.type()) && isGenericStem(tokens, stemStart, at)) {
                continue;
            }
            if (endsRegionName(text, stemStart, at, suffixEnd, region)) {
                continue;
            }
            final int s0 = stemStart;
            List<Hit> covered = overlapping(byStart, s0, suffixEnd);
            // A dictionary name covering the stem's start already says what this is (龙坪村, 丰阳村).
            if (covered.stream().anyMatch(h -> h != stemHit
                    && (isStrong(h) || h.name().isFullName() && h.start() <= s0))) {
                continue;
            }
            covered.forEach(h -> byStart.remove(h.start()));
            boolean village = rule.type().equals("village");
            byStart.put(stemStart, new Hit(stemStart, suffixEnd, null, rule.type(),
                    village || rule.needsContext()));
            strongEnds.add(suffixEnd);
            p = suffixEnd - 1;
        }
        return new ArrayList<>(byStart.values());
    }

    /**
     * The start of a place name before a suffix that needs one ({@code named} in suffixes.tsv): a place
     * found (成都 + 平原, 武陵山 + 山区, 川南 + 经济区) or a HanLP place word (大松山 + 墓群), with up to two
     * short modifiers between (辽东 绿色 经济区, 长江 中游 城市群), and a place joined to it by a dash in
     * front (磨憨—磨丁 + 经济合作区). -1 when there is none, or when a found name runs past the suffix.
     */
    private static int namedStem(String text, Span span, List<Token> tokens, TreeMap<Integer, Hit> byStart,
                                 int at, int suffixEnd) {
        Map.Entry<Integer, Hit> last = byStart.lowerEntry(suffixEnd);
        if (last != null && last.getValue().end() > suffixEnd) {
            return -1;
        }
        if (last != null && last.getValue().start() < at && last.getValue().end() == at + 1
                && (last.getValue().name() == null || last.getValue().name().placeType().isPresent())) {
            // 武陵山 + 山区: a feature's last character begins the suffix.
            return withDashedFront(text, span, tokens, byStart, last.getValue().start());
        }
        int pos = at;
        int modifiers = 0;
        while (pos > span.start()) {
            Map.Entry<Integer, Hit> before = byStart.lowerEntry(pos);
            // A rule's hit other than a region takes the suffix only directly (成都平原经济区, but 燕湖新城
            // 总部经济区 is a part of the new district; 川西北 生态示范区 is one region).
            Hit stem = before == null ? null : before.getValue();
            if (stem != null && stem.end() == pos && isNameStem(stem, tokens) && (stem.name() != null
                    || modifiers == 0 || "region".equals(stem.suffixType()))) {
                return withDashedFront(text, span, tokens, byStart, stem.start());
            }
            Token t = tokenEndingAt(tokens, pos);
            if (t == null) {
                return -1;
            }
            if (t.pos().isPlace() && t.word().length() >= 2) {
                return withDashedFront(text, span, tokens, byStart, t.start());
            }
            boolean modifier = t.word().length() <= 2 && Han.isHan(t.word().charAt(0))
                    && (t.pos().isNoun() && !t.pos().isProperName() || t.pos().is(Pos.DISTINGUISHING)
                    || t.pos().is(Pos.ADJECTIVE) || t.pos().is(DIRECTION));
            if (!modifier || ++modifiers > 2) {
                return -1;
            }
            pos = t.start();
        }
        return -1;
    }

    /**
     * True when a found name can begin a longer one: a full or curated name, a rule's hit other than a
     * village, a short form of a county or above (云阳), or one that HanLP reads as a place word; never an
     * ordinary verb or adjective (振兴 of 乡村振兴示范区, though 振兴区 is a district).
     */
    private static boolean isNameStem(Hit h, List<Token> tokens) {
        if (h.name() == null) {
            return !h.village();
        }
        if (h.name().isFullName()) {
            return !h.name().isFull(PlaceLevel.VILLAGE);
        }
        Token t = tokenAt(tokens, h.start());
        boolean word = t != null && t.end() == h.end();
        if (word && (t.pos().isVerb() || t.pos().is(Pos.ADJECTIVE))) {
            return false;
        }
        return (h.name().bareLevels() & COUNTY_OR_ABOVE) != 0 || word && t.pos().isPlace();
    }

    /** {@code start}, or the start of a place joined to the name there by a dash (磨憨—磨丁). */
    private static int withDashedFront(String text, Span span, List<Token> tokens,
                                       TreeMap<Integer, Hit> byStart, int start) {
        if (start - 1 <= span.start() || DASHES.indexOf(text.charAt(start - 1)) < 0) {
            return start;
        }
        Map.Entry<Integer, Hit> before = byStart.lowerEntry(start - 1);
        if (before != null && before.getValue().end() == start - 1) {
            return before.getValue().start();
        }
        Token t = tokenEndingAt(tokens, start - 1);
        return t != null && t.pos().isPlace() && t.word().length() >= 2 ? t.start() : start;
    }

    private static Token tokenEndingAt(List<Token> tokens, int end) {
        List<Token> ts = Tokens.overlapping(tokens, end - 1, end);
        return ts.size() == 1 && ts.get(0).end() == end ? ts.get(0) : null;
    }

    /**
     * Adds HanLP place words that end like a natural feature (梁子湖, 白洋淀, 大凉山, 都柳江: see
     * places/feature-heads.tsv) and that the lexicon does not name above town level. A word that is a bare
     * town or village form keeps its name and gains the type: a county's report links its own town, any
     * other report keeps the feature.
     */
    private List<Hit> addFeatureWords(String text, Span span, List<Token> tokens, List<Hit> chosen,
                                      String region) {
        TreeMap<Integer, Hit> byStart = new TreeMap<>();
        chosen.forEach(h -> byStart.put(h.start(), h));
        for (Token t : Tokens.overlapping(tokens, span.start(), span.end())) {
            String w = t.word();
            boolean placeWord = t.pos().isPlace() || w.length() >= 3 && t.pos().is(Pos.OTHER_PROPER_NAME);
            String type = w.length() >= 2 && placeWord && Han.isHan(w.charAt(0))
                    ? rules.featureType(w.charAt(w.length() - 1)) : null;
            // 河湖, 山海: two feature words, a category; not a name. “两山”, 三江: a count, a slogan.
            if (type == null || rules.featureType(w.charAt(0)) != null || NUMERALS.indexOf(w.charAt(0)) >= 0
                    || endsRegionName(text, t.start(), t.end() - 1, t.end(), region)
                    || rules.rejects(w.substring(0, w.length() - 1), w.substring(w.length() - 1))) {
                continue;
            }
            List<Hit> over = overlapping(byStart, t.start(), t.end());
            if (over.size() == 1 && over.get(0).start() == t.start() && over.get(0).end() == t.end()) {
                Hit h = over.get(0);
                if (isLocal(h)) {
                    byStart.put(h.start(), new Hit(h.start(), h.end(), h.name(), type, false));
                }
            } else if (over.stream().allMatch(h -> h.start() >= t.start() && h.end() <= t.end()
                    && (isLocal(h) || h.bare()))) {
                // A short form inside the word is part of the feature's name (凉山 of 大凉山, 盈江 of 大盈江).
                over.forEach(h -> byStart.remove(h.start()));
                byStart.put(t.start(), new Hit(t.start(), t.end(), null, type, false));
            }
        }
        return new ArrayList<>(byStart.values());
    }

    /**
     * Adds the items of a 、-list of natural features that HanLP does not read as place words: two or more
     * items of three or four characters ending in the same feature character (杞麓湖、异龙湖), each a run of
     * whole HanLP words whose stem is no ordinary word, and covering no name found above village level.
     * The first item may follow other words and the last may be followed by some (加强杞麓湖、异龙湖治理).
     */
    private List<Hit> addListedFeatures(String text, Span span, List<Token> tokens, List<Hit> chosen) {
        int separator = text.indexOf(LIST_SEPARATORS.charAt(0), span.start());
        if (separator < 0 || separator >= span.end()) {
            return chosen;
        }
        // Runs of Han characters; a list is a sequence of runs joined by single separators.
        List<int[]> runs = new ArrayList<>();
        int start = span.start();
        for (int i = span.start(); i <= span.end(); i++) {
            if (i == span.end() || !Han.isHan(text.charAt(i))) {
                runs.add(new int[] {start, i});
                start = i + 1;
            }
        }
        TreeMap<Integer, Hit> byStart = new TreeMap<>();
        boolean added = false;
        for (int k = 0; k + 1 < runs.size(); k++) {
            int last = k;
            while (last + 1 < runs.size() && runs.get(last)[1] < span.end()
                    && LIST_SEPARATORS.indexOf(text.charAt(runs.get(last)[1])) >= 0
                    && runs.get(last + 1)[0] == runs.get(last)[1] + 1) {
                last++;
            }
            if (last == k) {
                continue;
            }
            List<int[]> items = new ArrayList<>();
            for (int j = k; j <= last; j++) {
                int[] run = runs.get(j);
                int[] item = j == k ? listItem(tokens, run, true)
                        : j == last ? listItem(tokens, run, false) : run;
                items.add(item);
            }
            char head = featureHead(text, items.get(0));
            boolean same = head != 0 && items.stream().allMatch(it -> featureHead(text, it) == head);
            if (same) {
                if (!added) {
                    chosen.forEach(h -> byStart.put(h.start(), h));
                    added = true;
                }
                for (int[] it : items) {
                    int s = it[0];
                    int e = it[1];
                    List<Hit> over = overlapping(byStart, s, e);
                    boolean named = over.stream()
                            .anyMatch(h -> h.start() == s && h.end() == e || isStrong(h));
                    if (!named && Tokens.startingAt(tokens, s) != null && tokenEndingAt(tokens, e) != null
                            && !isGenericStem(tokens, s, e - 1)) {
                        over.forEach(h -> byStart.remove(h.start()));
                        byStart.put(s, new Hit(s, e, null, rules.featureType(head), false));
                    }
                }
            }
            k = last - 1;
        }
        return added ? new ArrayList<>(byStart.values()) : chosen;
    }

    /**
     * The list item of three or four characters at one end of a run: its last characters (the first
     * item, {@code atEnd}) starting at a word, or its first characters (the last item) ending at a word;
     * the whole run when it is that short.
     */
    private static int[] listItem(List<Token> tokens, int[] run, boolean atEnd) {
        if (run[1] - run[0] <= 4) {
            return run;
        }
        for (int n = 3; n <= 4; n++) {
            int s = atEnd ? run[1] - n : run[0];
            int e = atEnd ? run[1] : run[0] + n;
            if (atEnd ? Tokens.startingAt(tokens, s) != null : tokenEndingAt(tokens, e) != null) {
                return new int[] {s, e};
            }
        }
        return new int[] {run[0], run[0]};
    }

    /** The feature character ending a list item of three or four Han characters (湖 of 杞麓湖), or 0. */
    private char featureHead(String text, int[] item) {
        int length = item[1] - item[0];
        if (length < 3 || length > 4) {
            return 0;
        }
        char last = text.charAt(item[1] - 1);
        // 美丽河湖、幸福河湖: categories (places/not-places.txt), not names.
        return rules.featureType(last) != null && rules.featureType(text.charAt(item[0])) == null
                && NUMERALS.indexOf(text.charAt(item[0])) < 0
                && !rules.rejects(text.substring(item[0], item[1] - 1), String.valueOf(last)) ? last : 0;
    }

    /**
     * Adds the parts of a province named by its short form and a direction (川东北, 渝东南, 辽西, 滇中:
     * places/province-short-forms.tsv), where they are words of their own and no other name is found.
     */
    private List<Hit> addProvinceParts(String text, Span span, List<Token> tokens, List<Hit> chosen) {
        TreeMap<Integer, Hit> byStart = new TreeMap<>();
        chosen.forEach(h -> byStart.put(h.start(), h));
        for (int i = span.start(); i + 1 < span.end(); i++) {
            if (!rules.isProvinceShortForm(text.charAt(i)) || Tokens.startingAt(tokens, i) == null) {
                continue;
            }
            for (String d : DIRECTIONS) {
                int end = i + 1 + d.length();
                if (end > span.end() || !text.startsWith(d, i + 1) || tokenEndingAt(tokens, end) == null
                        || end < span.end() && NOT_AFTER_DIRECTION.indexOf(text.charAt(end)) >= 0) {
                    continue;
                }
                // Names inside give way (东北 of 渝东北); a division of the same name does not (黔南, 晋中).
                final int from = i;
                final int to = end;
                List<Hit> over = overlapping(byStart, i, end);
                if (!over.stream().allMatch(h -> h.start() >= from && h.end() <= to
                        && (h.length() < to - from || isLocal(h)))) {
                    continue;
                }
                over.forEach(h -> byStart.remove(h.start()));
                byStart.put(i, new Hit(i, end, null, "region", false));
                i = end - 1;
                break;
            }
        }
        return new ArrayList<>(byStart.values());
    }

    /** A dictionary hit that only a town or village is named by (清江 of 清江镇, 松山 of 大松山). */
    private static boolean isLocal(Hit h) {
        return h.name() != null && h.name().placeType().isEmpty()
                && ((h.name().fullLevels() | h.name().bareLevels())
                        & ~(PlaceLevel.TOWN.bit() | PlaceLevel.VILLAGE.bit())) == 0;
    }

    /**
     * True when the suffix ends the name of the report's own county or city, starting inside the stem:
     * 宁河 of 现代化新宁河 in a report of 宁河区 is the district, not a river 新宁河 (大清河 elsewhere stays a
     * river, though 清河 is a county too). The name starts after {@code stemStart}, before {@code at}.
     */
    private boolean endsRegionName(String text, int stemStart, int at, int suffixEnd, String region) {
        for (int s = stemStart + 1; s < at && !region.isEmpty(); s++) {
            PlaceName n = lexicon.find(text, s, suffixEnd);
            if (n != null && ((n.fullLevels() | n.bareLevels()) & COUNTY_OR_ABOVE) != 0
                    && region.contains(n.form())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when every HanLP word of a stem is an ordinary word: a common noun, adjective, verb or
     * distinguishing word (国际, 智慧, 世界级大), none a proper name, place or unknown morpheme.
     */
    private static boolean isGenericStem(List<Token> tokens, int from, int to) {
        List<Token> ts = Tokens.overlapping(tokens, from, to);
        if (ts.isEmpty()) {
            return false;
        }
        for (Token t : ts) {
            Pos p = t.pos();
            boolean ordinary = p.isNoun() && !p.isProperName() && !p.isPlace() && t.word().length() >= 2
                    || p.is(Pos.ADJECTIVE)
                    || p.is(Pos.DISTINGUISHING) || p.isVerb() || p.is(Pos.VERBAL_NOUN)
                    || t.word().equals("大");
            if (!ordinary) {
                return false;
            }
        }
        return true;
    }

    /** True when a HanLP word runs on past {@code end}: 河 of 推动天河国际机场 ends no river. */
    private static boolean endsInsideWord(List<Token> tokens, int end) {
        for (Token t : Tokens.overlapping(tokens, end - 1, end)) {
            if (t.end() > end) {
                return true;
            }
        }
        return false;
    }

    /** The hits overlapping {@code [from, to)}, in text order; the hits do not overlap each other. */
    private static List<Hit> overlapping(TreeMap<Integer, Hit> byStart, int from, int to) {
        List<Hit> out = new ArrayList<>(2);
        Map.Entry<Integer, Hit> before = byStart.lowerEntry(from);
        if (before != null && before.getValue().end() > from) {
            out.add(before.getValue());
        }
        out.addAll(byStart.subMap(from, true, to, false).values());
        return out;
    }

    /** A hit a suffix rule may not override: a suffixed name above village level or a curated place. */
    private static boolean isStrong(Hit h) {
        if (h.name() == null) {
            return true;
        }
        int full = h.name().fullLevels() & ~PlaceLevel.VILLAGE.bit();
        return full != 0 || h.name().placeType().isPresent();
    }

    /**
     * The start of the stem before {@code at}, not before {@code limit}: up to four Han characters.
     * When they are bounded (punctuation, sentence start, a place), leading verbs and function words
     * are skipped (完成秦皇河 → 秦皇河); otherwise the stem starts at the first noun-like token, or is
     * the last two characters when a token starts there. -1 when there is none.
     */
    private static int chooseStem(String text, int limit, int at, List<Token> tokens) {
        int from = at;
        while (from > limit && from > at - 4 && Han.isHan(text.charAt(from - 1))) {
            from--;
        }
        if (at - from < 2) {
            return -1;
        }
        if (from == limit || !Han.isHan(text.charAt(from - 1))) {
            int s = from;
            for (Token t = tokenAt(tokens, s); t != null && isFunctionWord(t.pos()) && t.end() <= at - 2;
                 t = tokenAt(tokens, s)) {
                s = t.end();
            }
            return at - s >= 2 ? s : -1;
        }
        for (int s = from; s <= at - 2; s++) {
            Token t = tokenAt(tokens, s);
            if (t != null && isNounish(t.pos())) {
                return s;
            }
        }
        return tokenAt(tokens, at - 2) != null ? at - 2 : -1;
    }

    /**
     * True when a name's boundary falls inside a HanLP word that is not itself a place: 保城镇 in
     * 确保城镇, 宜居乡 in 宜居乡村. A place fused into a longer proper name counts only when it does not
     * start that name: 石角 in 天然气石角专线 counts, 中山 in 中山大学 does not.
     */
    private boolean straddles(String text, Hit h, List<Token> tokens) {
        if (h.length() >= 3 && isNatural(h)) {
            // A curated river, lake or mountain of three or more characters is too distinctive to lie inside
            // an ordinary word; HanLP's boundary is the error there (从大/渡河, 龙泉/山系).
            return false;
        }
        for (Token t : Tokens.overlapping(tokens, h.start(), h.end())) {
            boolean left = t.start() < h.start();
            boolean right = t.end() > h.end();
            if (!left && !right) {
                continue;
            }
            if (t.pos().isPlace()) {
                // 清远市 of the place word 广东省清远市 is a place; 长治 of the slogan 河长治 is not: what the
                // word holds before a short form must be a place too.
                // So must a curated name's (中东 of 其中东强 is none).
                if (left && (h.bare() || h.name().placeType().isPresent())
                        && lexicon.find(text, t.start(), h.start()) == null) {
                    return true;
                }
                continue;
            }
            if (isForeign(h)) {
                // 新加坡 of the organisation 新加坡设计业总商会 names the organisation, not the country.
                return true;
            }
            if (left && t.pos().isProperName()) {
                continue;
            }
            if (h.name().isFullName() && t.pos().isProperName()) {
                continue;
            }
            return true;
        }
        return false;
    }

    private static boolean isNatural(Hit h) {
        return h.name() != null && h.name().placeType().filter(NATURAL_TYPES::contains).isPresent();
    }

    private static boolean isForeign(Hit h) {
        return h.name() != null && h.name().placeType().filter(FOREIGN_TYPES::contains).isPresent();
    }

    /**
     * True when a foreign country or world region modifies the noun after it (亚洲冬运会, 非洲猪瘟, 中亚班列,
     * 亚洲级): a part of another name or term. Before a place, a verb, a number or punctuation, or before
     * a head of {@code places/foreign-heads.txt} (东盟国家), or after another foreign name (南亚东南亚辐射中心),
     * it names the place.
     */
    private boolean isForeignModifier(Hit h, Hit previous, List<Token> tokens) {
        if (!isForeign(h)) {
            return false;
        }
        Token next = tokenAt(tokens, h.end());
        if (next == null || next.pos().isPlace() || rules.keepsForeignPlace(next.word())
                || previous != null && previous.end() == h.start() && isForeign(previous)) {
            return false;
        }
        Pos p = next.pos();
        return p.isNoun() && !p.is(Pos.VERBAL_NOUN) || p.is(Pos.ADJECTIVE) || p.isMeasureWord()
                || p.is(Pos.DISTINGUISHING);
    }

    /** True when a bare form is only the first part of another name (清远长隆) or of a longer word. */
    private boolean isInsideName(String text, Hit h, List<Token> tokens, Set<Integer> starts) {
        if (rules.continuesName(text, h.end())) {
            return true;
        }
        Token next = tokenAt(tokens, h.end());
        if (next == null || starts.contains(h.end())) {
            return false;
        }
        if (next.pos().isProperName()) {
            return true;
        }
        return next.word().length() == 1 && Han.isHan(next.word().charAt(0))
                && (next.pos().is(Pos.ADJECTIVE) || next.pos().is(Pos.ADJECTIVE_MORPHEME)
                || next.pos().is(Pos.NOUN_MORPHEME) || next.pos().is(Pos.DISTINGUISHING)
                || next.pos().is(Pos.DISTINGUISHING_MORPHEME));
    }

    /**
     * Two-character names (佳县 in 百佳县) and bare forms of counties, cities and provinces (长治 in
     * 河长治) must be a HanLP word of their own, or lie inside a place word.
     */
    private static boolean needsOwnToken(Hit h) {
        if (h.length() == 2 && h.name().isFullName()) {
            return true;
        }
        return h.bare() && (h.name().bareLevels() & COUNTY_OR_ABOVE) != 0
                && (h.name().bareLevels() & PlaceLevel.TOWN.bit()) == 0;
    }

    private static boolean isOwnToken(Hit h, List<Token> tokens) {
        // A curated river, lake or mountain that HanLP splits (岷/江水量 of 解决岷江水量) starts a word of its
        // own; one that begins a longer word (华山医院) does not.
        Token first = tokenAt(tokens, h.start());
        if (first != null && first.end() < h.end() && isNatural(h)) {
            return true;
        }
        for (Token t : Tokens.overlapping(tokens, h.start(), h.end())) {
            if (t.start() == h.start() && t.end() == h.end()
                    || t.start() <= h.start() && t.end() >= h.end() && t.pos().isPlace()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when HanLP reads a bare form as an ordinary word (建设/vn, 平安/a, 第一/m), or as a common noun
     * when it is a county's or city's short form (资源 of 资源县 in 红色资源, 港口 of 港口区): HanLP tags the
     * short forms it knows as places (ns). In a 、-list of places it stays one (柳州、来宾).
     */
    private static boolean isCommonWord(Hit h, List<Token> tokens, boolean listed) {
        Token t = Tokens.startingAt(tokens, h.start());
        if (t != null && t.end() == h.end()) {
                boolean county = h.name().fullLevels() == 0
                        && (h.name().bareLevels() & COUNTY_OR_ABOVE) != 0;
            return t.pos().is(Pos.DISTINGUISHING) || county && !listed && t.pos().is(Pos.NOUN)
                    || !(isNounish(t.pos()) || t.pos().is(Pos.UNKNOWN) || t.pos().is(Pos.LATIN_NAME));
        }
        return false;
    }

    /**
     * Village suffix hits need a place before them in a chain, a list neighbour or a proper-name stem of
     * two or more characters without a numeral (白庙渔村, not the slogan 万企兴万村). The place before must
     * be one already accepted, the one after a full, curated or rule-found name: bare forms that are
     * ordinary words (建设 before 完整社区, 大城 in 小县大城、强镇带村) are no neighbours.
     */
    private static boolean hasNeighbour(String text, Hit h, Hit accepted, List<Hit> chosen, int i,
                                        List<Token> tokens) {
        Token first = tokenAt(tokens, h.start());
        if (first != null && first.end() < h.end() && first.word().length() >= 2 && first.pos().isProperName()
                && text.substring(h.start(), h.end()).chars().noneMatch(c -> NUMERALS.indexOf(c) >= 0)) {
            return true;
        }
        if (accepted != null && (accepted.end() == h.start() || accepted.end() == h.start() - 1
                && LIST_SEPARATORS.indexOf(text.charAt(h.start() - 1)) >= 0)) {
            return true;
        }
        Hit after = i + 1 < chosen.size() ? chosen.get(i + 1) : null;
        return after != null && !after.bare() && after.start() == h.end() + 1
                && LIST_SEPARATORS.indexOf(text.charAt(h.end())) >= 0;
    }

    /** Bare village forms stand only right after a town (西岸镇东村, 源潭新马). */
    private static boolean holdsVillages(PlaceName n) {
        return ((n.fullLevels() | n.bareLevels()) & PlaceLevel.TOWN.bit()) != 0;
    }

    private static boolean isPartOf(Hit child, Hit parent) {
        if (parent.name() == null) {
            return false;
        }
        PlaceLevel top = parent.name().topLevel();
        if (top == null) {
            return false;
        }
        if (child.name() == null) {
            return child.village() && top.compareTo(PlaceLevel.VILLAGE) < 0;
        }
        int childMask = child.name().fullLevels() | child.name().bareLevels();
        int parentMask = parent.name().fullLevels() | parent.name().bareLevels();
        // Some reading of the child must lie below some reading of the parent.
        int lowestChild = 31 - Integer.numberOfLeadingZeros(childMask);
        int highestParent = Integer.numberOfTrailingZeros(parentMask);
        return childMask != 0 && parentMask != 0 && lowestChild > highestParent;
    }

    private static Token tokenAt(List<Token> tokens, int start) {
        return Tokens.startingAt(tokens, start);
    }

    private static boolean isFunctionWord(Pos pos) {
        return pos.isVerb() || pos.isAdverb() || pos.isPreposition() || pos.isConjunction()
                || pos.isParticle() || pos.isPronoun() || pos.isNumeral() || pos.isMeasureWord()
                || pos.is(Pos.PUNCTUATION);
    }

    private static boolean isNounish(Pos pos) {
        return pos.isNoun() || pos.is(Pos.LOCATION_WORD) || pos.is(Pos.ABBREVIATION)
                || pos.is(Pos.DISTINGUISHING);
    }
}
