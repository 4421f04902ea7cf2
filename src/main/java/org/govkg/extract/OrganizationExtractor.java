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
import org.govkg.lexicon.OrganizationLexicon;
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
 * <p>Requires: an analysed document. Produces: Organization mentions from three rules —
 * a name ending in an organisation suffix (有限公司, 集团, 大学, 医院, 局, 厅 …) whose left edge
 * HanLP's tokens give; a known institution or curated company name (国家发改委, 金发科技); and
 * short names listed before 等N家企业. HanLP's own {@code nt} tags are not used: on these reports
 * they are mostly wrong.
 */
public final class OrganizationExtractor implements Extractor {

        private static final Pattern ENTERPRISE_LIST = Pattern.compile("等(\\d+|[一二三四五六七八九十]+)?(家|个)?(企业|公司)");
    private static final Pattern SHORT_NAME = Pattern.compile("[\\u4e00-\\u9fa5A-Za-z]{2,6}");
    private static final Set<String> GOVT_INNER = Set.of("和");
    private static final Set<String> TRUSTED_NT = Set.of("大学", "学院", "派出所", "中学", "小学", "医院",
            "研究院", "研究所");
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
            bySuffix(text, sentence, tokens, lex, found);
            byFixedName(text, sentence, tokens, lex, found);
            byOrdinalSchool(text, sentence, tokens, found);
            byEnterpriseList(text, sentence, tokens, found);
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
            for (String suffix : lex.suffixes()) {
                if (!text.startsWith(suffix, k)) {
                    continue;
                }
                int end = k + suffix.length();
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
                boolean legal = suffix.endsWith("公司");
                if (k - start >= 2 && !found.within(start, end)
                        && (legal || NameBoundary.hasProperName(text, tokens, start, k)
                        || TRUSTED_NT.contains(suffix) && exactOrganizationToken(tokens, start, end)
                        || lex.isGovernmentSuffix(suffix)
                        && LEVEL_PREFIX.matcher(text.substring(start, k)).find())) {
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

        void add(Span s) {
            spans.add(s);
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
        return Tokens.startingAt(tokens, start) != null && endsToken;
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
                        || wholeWord(text, tokens, start, end))) {
                    found.add(new Span(start, end));
                }
                at = s.indexOf(name, at + name.length());
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
