package org.govkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govkg.extract.project.NameBoundary;
import org.govkg.gazetteer.AdminSuffixes;
import org.govkg.gazetteer.Gazetteer;
import org.govkg.gazetteer.PlaceLevel;
import org.govkg.gazetteer.PlaceLexicon;
import org.govkg.lexicon.OrganizationLexicon;
import org.govkg.nlp.HanlpAnalyzer;
import org.govkg.nlp.Pos;
import org.govkg.nlp.Token;
import org.govkg.nlp.Tokens;
import org.govkg.text.ClauseSplitter;
import org.govkg.text.Quotes;
import org.govkg.text.Sentence;
import org.govkg.text.Span;

/**
 * Finds Organization mentions: companies, institutions and government bodies other than a bare
 * level of government.
 * <p>Requires: an analysed document. Produces: Organization mentions from these rules —
 * government departments and Party committees named by their structure ({@link GovernmentBodies});
 * a name ending in an organisation suffix (有限公司, 集团, 大学, 医院, 局, 厅 …) whose left edge
 * HanLP's tokens give; a known institution or curated company name (国家发改委, 金发科技);
 * short names listed before 等N家企业; and the publisher on a page's 来源： line. HanLP's own {@code nt}
 * tags are trusted alone only for schools and police stations: on these reports they are often wrong,
 * so a name HanLP tags whole must show a name in its own words (贵州 of 贵州农商联合银行).
 */
public final class OrganizationExtractor implements Extractor {

        private static final Pattern ENTERPRISE_LIST = Pattern.compile("等(\\d+|[一二三四五六七八九十]+)?(家|个)?(企业|公司)");
    /** A page's publisher field on a line of its own: 来源：某某日报, • 发布机构:某某县人民政府. */
    private static final Pattern PUBLISHER = Pattern.compile(
            "(?m)^[\\s•·]*(?:来源|信息来源|文章来源|发布机构)\\s*[:：]\\s*([^\\s|｜:：]{2,40})\\s*$");
    private static final Pattern SHORT_NAME = Pattern.compile("[\\u4e00-\\u9fa5A-Za-z]{2,6}");
    private static final Set<String> GOVT_INNER = Set.of("和");
    /** Suffixes whose names HanLP tags as one organisation are names though their words are common ones. */
    private static final Set<String> TRUSTED_NT = Set.of("派出所", "中学", "小学");
    /** Words that make the words before a suffix a name: 国家律师学院, 中国纺织品商业协会. */
    private static final Pattern NATIONAL_NAME = Pattern.compile("^(国家|中国|中华|中央)");
    private static final Pattern SURFACE_MARKS =
            Pattern.compile("[" + Quotes.charClass(Quotes.IN_SURFACE) + "\\s]");
    private static final Pattern LEVEL_PREFIX = Pattern.compile(
            "^(" + AdminSuffixes.alternation(AdminSuffixes.get().regularCountyOrHigher()) + "|国家|中央)");
    private static final Pattern ORDINAL_SCHOOL = Pattern.compile(
            "([\\u4e00-\\u9fa5]{2,3}?)[一二三四五六七八九十]{1,2}中(?![学心国文小华])");
    private static final Pattern NOT_A_NAME = Pattern.compile(".*([0-9]|个|首|有关|基层|全国|我区|我市|全区|全市).*");

    @Override
    public Extraction extract(AnalyzedDocument doc) {
        String text = doc.text();
        List<Mention> mentions = new ArrayList<>();
        List<Sentence> sentences = doc.structure().sentences();
        OrganizationLexicon lex = OrganizationLexicon.get();
        for (int i = 0; i < sentences.size(); i++) {
            Span sentence = sentences.get(i).span();
            List<Token> tokens = doc.tokens().get(i);
            Found found = new Found(sentence);
            for (Span body : GovernmentBodies.find(text, sentence, tokens)) {
                if (!found.within(body.start(), body.end())) {
                    found.replaceWithin(body);
                }
            }
            bySuffix(text, sentence, tokens, lex, found);
            byFixedName(text, sentence, tokens, lex, found);
            byOrdinalSchool(text, sentence, tokens, found);
            byEnterpriseList(text, sentence, tokens, found);
            byPublisher(text, sentence, found);
            for (Span s : found.spans()) {
                String surface = s.of(text);
                String name = SURFACE_MARKS.matcher(surface).replaceAll("");
                if (name.length() >= 2 && !lex.isRejected(name) && !NOT_A_NAME.matcher(name).matches()) {
                    mentions.add(new Mention(EntityType.Organization, surface, name, s, i));
                }
            }
        }
        return Extraction.of(mentions);
    }

    private static void bySuffix(String text, Span sentence, List<Token> tokens, OrganizationLexicon lex,
                                 Found found) {
        for (int k = sentence.start(); k < sentence.end(); k++) {
            for (String suffix : lex.suffixesStartingWith(text.charAt(k))) {
                if (!text.startsWith(suffix, k)) {
                    continue;
                }
                int end = k + suffix.length();
                if (found.endsAt(end) || found.endsAt(k) && text.startsWith(suffix + "长", k)) {
                    // A government body found by its structure ends here: its left edge is known; or the
                    // suffix opens the title after the name (发展和改革局局长).
                    k = end - 1;
                    break;
                }
                // 公司 in 有限公司项目 is found once, at its longest suffix.
                if (end < sentence.end() && "生路街".indexOf(text.charAt(end)) >= 0) {
                    break;
                }
                Span clause = clauseAround(text, sentence, k);
                int start0 = NameBoundary.start(text, clause, tokens, k,
                        lex.isGovernmentSuffix(suffix) ? GOVT_INNER : Set.of(), true);
                int start = start0;
                // The nearest opening parenthesis at or after the name's start: a scan of the name only, so
                // that a document without parentheses costs no scan back to its beginning per name.
                int paren = -1;
                for (int j = Math.min(k, text.length() - 1); j >= start && paren < 0; j--) {
                    if (text.charAt(j) == '(' || text.charAt(j) == '（') {
                        paren = j;
                    }
                }
                int close = paren < 0 ? -1
                        : Math.max(text.indexOf(')', paren + 1), text.indexOf('）', paren + 1));
                if (paren >= start && (close < 0 || close >= end)) {
                    // 区医共体总院(区人民医院): the name inside an unclosed parenthesis.
                    start = paren + 1;
                }
                start = afterCategory(tokens, start, k, lex);
                boolean legal = suffix.contains("有限");
                boolean accepted = legal || NameBoundary.hasProperName(text, tokens, start, k)
                        || TRUSTED_NT.contains(suffix) && exactOrganizationToken(tokens, start, end)
                        || lex.isGovernmentSuffix(suffix)
                        && LEVEL_PREFIX.matcher(text.substring(start, k)).find();
                if (!accepted && !lex.isGovernmentSuffix(suffix)
                        && exactOrganizationToken(tokens, start, end)) {
                    // HanLP tagged the whole name as one organisation: its own words must show a name.
                    int named = namedAlone(text, start, k);
                    accepted = named >= 0;
                    start = accepted ? named : start;
                }
                if (accepted && lex.isBranchSuffix(suffix)) {
                    accepted = holdsOrganization(text, tokens, start, k, lex);
                }
                if (k - start >= 2 && !found.within(start, end) && accepted) {
                    found.replaceWithin(new Span(start, end));
                }
                k = end - 1;
                break;
            }
        }
    }

    /**
     * The names found in one sentence, in the order found, with the two questions the finders ask answered
     * in logarithmic time, so that a sentence listing thousands of names stays near-linear: is a span
     * within a name already found, and which found names lie within a new, longer one. A name removed
     * because a longer one contains it never answers the first question differently from the longer one,
     * so the largest end of every name ever added, by start, answers it (a Fenwick tree of maxima).
     */
    private static final class Found {
        private final int base;
        private final int[] maxEnd;
        private final List<Span> spans = new ArrayList<>();
        private final TreeMap<Integer, List<Span>> byStart = new TreeMap<>();
        private final Set<Span> removed = new HashSet<>();
        private final Set<Integer> ends = new HashSet<>();

        Found(Span sentence) {
            this.base = sentence.start();
            this.maxEnd = new int[sentence.length() + 2];
            Arrays.fill(maxEnd, Integer.MIN_VALUE);
        }

        /** Whether a name found contains {@code [start, end)}. */
        boolean within(int start, int end) {
            int best = Integer.MIN_VALUE;
            for (int i = Math.min(index(start), maxEnd.length - 1); i > 0; i -= i & -i) {
                best = Math.max(best, maxEnd[i]);
            }
            return best >= end;
        }

        /** Whether a name found ends at {@code end}. */
        boolean endsAt(int end) {
            return ends.contains(end);
        }

        void add(Span s) {
            spans.add(s);
            ends.add(s.end());
            byStart.computeIfAbsent(s.start(), k -> new ArrayList<>()).add(s);
            for (int i = index(s.start()); i < maxEnd.length; i += i & -i) {
                maxEnd[i] = Math.max(maxEnd[i], s.end());
            }
        }

        /** Adds {@code s} in place of the names found within it. */
        void replaceWithin(Span s) {
            for (List<Span> same : byStart.subMap(s.start(), true, s.end(), true).values()) {
                for (Span f : same) {
                    if (f.end() <= s.end()) {
                        removed.add(f);
                    }
                }
            }
            add(s);
        }

        List<Span> spans() {
            return spans.stream().filter(f -> !removed.contains(f)).toList();
        }

        private int index(int position) {
            return Math.max(1, position - base + 1);
        }
    }

    /** "广州六中": a place name and an ordinal, a common short form of a numbered middle school. */
    private static void byOrdinalSchool(String text, Span sentence, List<Token> tokens, Found found) {
        Matcher m = ORDINAL_SCHOOL.matcher(sentence.of(text));
        while (m.find()) {
            int start = sentence.start() + m.start(1);
            int end = sentence.start() + m.end();
            Token t = Tokens.startingAt(tokens, start);
            if (t != null && t.end() == start + m.group(1).length() && t.pos().is(Pos.PLACE)
                    && !found.within(start, end)) {
                found.add(new Span(start, end));
            }
        }
    }

    /** Whether {@code [start, end)} holds an organisation's name: a token HanLP tags so, or a suffix. */
    private static boolean holdsOrganization(String text, List<Token> tokens, int start, int end,
                                             OrganizationLexicon lex) {
        for (Token t : Tokens.overlapping(tokens, start, end)) {
            if (t.start() >= start && t.end() <= end && t.pos().isOrganization()) {
                return true;
            }
        }
        String name = text.substring(start, end);
        return lex.suffixes().stream().anyMatch(s -> !lex.isBranchSuffix(s) && name.contains(s));
    }

    /** Where a name starts after the category noun in apposition before it (新央企中国长安汽车集团). */
    private static int afterCategory(List<Token> tokens, int start, int head, OrganizationLexicon lex) {
        int after = start;
        for (Token t : Tokens.overlapping(tokens, start, head)) {
            if (t.start() >= start && t.end() < head - 1 && lex.isCategory(t.word())) {
                after = t.end();
            }
        }
        return after;
    }

    /**
     * Whether the words before a suffix, segmented alone, hold a name (贵州 of 贵州农商联合银行, 清华 of
     * 清华大学) or begin with 国家/中国; a common word (特色学院, 老年医院, 三甲医院) is a category. Returns
     * the name's start, after a one-character verb, adverb, preposition or adjective HanLP glued to it
     * (好 of 建好用好高水平开放创新研究院), or -1.
     */
    private static int namedAlone(String text, int start, int head) {
        List<Token> words = HanlpAnalyzer.forThisThread().segment(text.substring(start, head), start);
        int from = 0;
        while (from < words.size() - 1 && words.get(from).word().length() == 1
                && leadIn(words.get(from).pos())) {
            from++;
        }
        int named = from < words.size() ? words.get(from).start() : start;
        if (NATIONAL_NAME.matcher(text.substring(named, head)).find() || startsWithPlace(text, named, head)
                || OrganizationLexicon.get().fixedNames().stream().anyMatch(n -> text.startsWith(n, named))) {
            return named;
        }
        for (Token w : words.subList(from, words.size())) {
            Pos p = w.pos();
            // An organisation tag over all the words again says nothing new (统筹推进平台公司).
            boolean whole = w.start() == named && w.end() == head;
            if (p.isPlace() || p.isProperName() && !(whole && p.isOrganization()) || p.is(Pos.ABBREVIATION)) {
                return named;
            }
        }
        return -1;
    }

    /** Whether a division of a county or higher is named at {@code start} (保定市 of 保定市城乡规划设计研究院). */
    private static boolean startsWithPlace(String text, int start, int end) {
        for (PlaceLexicon.Found f : Gazetteer.shared().findAll(text, start, end)) {
            PlaceLevel top = f.name().topLevel();
            if (top != null && top.compareTo(PlaceLevel.COUNTY) <= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean leadIn(Pos p) {
        return p.isVerb() || p.isAdverb() || p.isPreposition() || p.is(Pos.ADJECTIVE);
    }

    /** HanLP's organisation tag is trusted when it covers exactly the suffix-bounded name. */
    private static boolean exactOrganizationToken(List<Token> tokens, int start, int end) {
        Token t = Tokens.startingAt(tokens, start);
        return t != null && t.end() == end && t.pos().isOrganization();
    }

    /** A fixed name counts only as a whole word: not 长隆 inside 清远长隆. */
    private static boolean wholeWord(String text, List<Token> tokens, int start, int end) {
        Token next = Tokens.startingAt(tokens, end);
        if (next != null) {
            Pos p = next.pos();
            boolean nameGoesOn = p.isNoun() && !p.is(Pos.LATIN_NAME) || p.is(Pos.DISTINGUISHING)
                    || p.is(Pos.NOUN_MORPHEME);
            if (nameGoesOn) {
                return false;
            }
        }
        int last = Tokens.indexAfter(tokens, end - 1);
        boolean endsToken = last < tokens.size() && tokens.get(last).end() == end;
        int first = Tokens.indexStartingAt(tokens, start);
        // A bound morpheme right before belongs to the word: 鞍 of 鞍本钢 (鞍/ng 本钢).
        boolean bound = first > 0 && tokens.get(first - 1).end() == start
                && tokens.get(first - 1).pos().tag().endsWith("g");
        return first >= 0 && !bound && endsToken;
    }

    private static void byFixedName(String text, Span sentence, List<Token> tokens, OrganizationLexicon lex,
                                    Found found) {
        String s = sentence.of(text);
        for (String name : lex.fixedNames()) {
            int at = s.indexOf(name);
            while (at >= 0) {
                int start = sentence.start() + at;
                int end = start + name.length();
                if (!found.within(start, end) && (lex.fullName(name).isPresent()
                        && GovernmentBodies.endsWord(tokens, end) || wholeWord(text, tokens, start, end))) {
                    found.add(new Span(start, end));
                }
                at = s.indexOf(name, at + name.length());
            }
        }
    }

    /** 来源：某某县发展和改革局: the publisher a page names on a line of its own. */
    private static void byPublisher(String text, Span sentence, Found found) {
        Matcher m = PUBLISHER.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            int start = m.start(1);
            int end = m.end(1);
            if (!found.within(start, end)) {
                found.replaceWithin(new Span(start, end));
            }
        }
    }

    /** "家美、天弼等4家企业": the short names listed before 等N家企业. */
    private static void byEnterpriseList(String text, Span sentence, List<Token> tokens, Found found) {
        Matcher m = ENTERPRISE_LIST.matcher(sentence.of(text));
        while (m.find()) {
            int listEnd = sentence.start() + m.start();
            int listStart = listEnd;
            while (listStart > sentence.start() && ",，;；:：。".indexOf(text.charAt(listStart - 1)) < 0) {
                listStart--;
            }
            int itemStart = listStart;
            for (int k = listStart; k <= listEnd; k++) {
                if (k == listEnd || text.charAt(k) == '、') {
                    int start = NameBoundary.trim(text, tokens, itemStart, k);
                    int s0 = start;
                    int e0 = k;
                    Token word = Tokens.startingAt(tokens, s0);
                    boolean commonNoun = word != null && word.end() == e0
                            && (word.pos().is(Pos.NOUN) || word.pos().is(Pos.VERBAL_NOUN));
                    if (start < k && !commonNoun && SHORT_NAME.matcher(text.substring(start, k)).matches()
                            && !found.within(start, k)) {
                        found.add(new Span(start, k));
                    }
                    itemStart = k + 1;
                }
            }
        }
    }

    private static Span clauseAround(String text, Span sentence, int at) {
        return new Span(ClauseSplitter.CLAUSES_AND_ITEMS.startBefore(text, sentence, at), at);
    }
}
