package org.govkg.extract.project;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govkg.gazetteer.AdminSuffixes;
import org.govkg.nlp.Pos;
import org.govkg.nlp.Token;
import org.govkg.nlp.Tokens;
import org.govkg.text.Quotes;
import org.govkg.text.Span;

/**
 * Finds where a name that ends at a head word begins, from HanLP's tokens: a name runs left
 * until punctuation, a preposition, conjunction, particle, adverb, pronoun or time word, or a word
 * of the boundary lexicon (推进, 加快, 力促 …); leading verbs, counts and years are then dropped.
 */
public final class NameBoundary {

    private static final Pattern LEADING_COUNT = Pattern.compile(
            "^(\\d+(?:\\.\\d+)?|[一二三四五六七八九十两百首]+)(个|项|宗|家|条|批|座|所|间|处|名|公里)");
    /** A year or an amount of money; 20万 of 20万吨 is a capacity that belongs to the name. */
    private static final Pattern LEADING_YEAR = Pattern.compile(
            "^(20\\d\\d年(度)?|\\d+(\\.\\d+)?(亿元|万元|亿|万)(?![吨千瓦平立亩人户套辆台头只株张米方])(以上)?)");
    /** An enumeration mark opening a list item: ①, ⑴, ⒈, ❶. */
    private static final Pattern LEADING_MARK = Pattern.compile("^[\\u2460-\\u24ff\\u2776-\\u2793]+");
    /** 市建设…: a level of a county or higher as the subject of a verb. */
    private static final Pattern LEVEL_SUBJECT = Pattern.compile(
            "^[" + AdminSuffixes.singleCharacters(AdminSuffixes.get().regularCountyOrHigher()) + "]"
                    + "(建设|做大做强|打造|推进|推动|新建|加快|建成)");
    /** The one-character level words of a town or higher (市, 区, 镇): a bare level may be a subject. */
    private static final String LEVEL_WORDS =
            AdminSuffixes.singleCharacters(AdminSuffixes.get().regularAboveVillage());
    private static final String KEEP_PUNCT = "()（）·-+" + Quotes.DOUBLE + " ";
    private static final String KEEP_PUNCT_ORG = "()（）· ";

    private NameBoundary() {
    }

    /**
     * @param inner words that may stand inside the name although they would stop it (和 in 发展和改革局)
     * @return the start of a name whose head starts at {@code headStart}, within {@code clause}
     */
    public static int start(String text, Span clause, List<Token> tokens, int headStart, Set<String> inner) {
        return start(text, clause, tokens, headStart, inner, false);
    }

    /**
     * @param inner      words that may stand inside the name although they would stop it
     * @param verbsStop  whether any verb (not a verbal noun) ends the name, as for organisations
     * @return the start of a name whose head starts at {@code headStart}, within {@code clause}
     */
    public static int start(String text, Span clause, List<Token> tokens, int headStart, Set<String> inner,
                            boolean verbsStop) {
        int start = headStart;
        ProjectLexicon lex = ProjectLexicon.get();
        // Tokens after the one holding headStart start after it: begin the walk there.
        for (int j = Math.min(tokens.size() - 1, Tokens.indexAfter(tokens, headStart)); j >= 0; j--) {
            Token t = tokens.get(j);
            if (t.start() >= headStart) {
                continue;
            }
            if (t.start() < clause.start()) {
                if (t.end() > clause.start()) {
                    // HanLP glued words across the clause boundary (云溪桥,云溪小学 as one nt).
                    start = clause.start();
                }
                break;
            }
            if (t.end() > headStart) {
                // The head starts inside this token: the token's first part belongs to the name.
                start = t.start();
                continue;
            }
            boolean stop = !inner.contains(t.word())
                    && (isStop(t, lex, verbsStop ? KEEP_PUNCT_ORG : KEEP_PUNCT)
                    || verbsStop && isVerb(t));
            if (!stop && !verbsStop && t.pos().isVerb() && !t.pos().is(Pos.VERBAL_NOUN)
                    && t.word().length() >= 2
                    && !lex.isNameVerb(t.word())) {
                stop = true;
            }
            if (stop && !verbsStop && joinsNameParts(tokens, j)) {
                stop = false;
            }
            if (stop && inner.contains("、") && listInitial(tokens, j, clause, lex)) {
                // In a list, 诚洋 of "、诚洋新材料" or 在 of "在勤实业、…" opens an item.
                start = t.start();
                if (j > 0 && tokens.get(j - 1).word().equals("、")) {
                    continue;
                }
                break;
            }
            if (stop) {
                break;
            }
            start = t.start();
        }
        return trim(text, tokens, Math.max(start, clause.start()), headStart);
    }

    /**
     * 至 in road names (新基至国泰段), and 与/和/及 between two verbal nouns or two places
     * (续建配套与节水改造工程, 丰阳村和畔水村) stand inside a project name.
     */
    private static boolean joinsNameParts(List<Token> tokens, int j) {
        String w = tokens.get(j).word();
        if (w.equals("至")) {
            return true;
        }
        if (w.equals("—") && j > 0 && j + 1 < tokens.size()) {
            // 中国—东盟医疗保健合作中心: a dash between two places joins them.
            return tokens.get(j - 1).pos().is(Pos.PLACE) && tokens.get(j + 1).pos().is(Pos.PLACE);
        }
        if (w.equals("经") && j + 1 < tokens.size() && tokens.get(j + 1).word().startsWith("开")) {
            // HanLP splits 经开区 (经济技术开发区) into the preposition 经 and 开区.
            return true;
        }
        if (w.equals("、") && j > 0 && j + 1 < tokens.size()) {
            // 东强三、四期铜箔项目
            return tokens.get(j - 1).pos().is(Pos.NUMERAL) && tokens.get(j + 1).pos().is(Pos.NUMERAL);
        }
        if (!(w.equals("与") || w.equals("和") || w.equals("及")) || j == 0 || j + 1 >= tokens.size()) {
            return false;
        }
        Token left = tokens.get(j - 1);
        Token right = tokens.get(j + 1);
        boolean verbal = left.pos().is(Pos.VERBAL_NOUN) && (right.pos().isVerb() || right.pos().is(Pos.NOUN));
        boolean places = (left.pos().is(Pos.PLACE) || left.word().matches(".+[村镇县区]"))
                && (right.pos().is(Pos.PLACE) || right.word().matches(".+[村镇县区]")
                || right.pos().is(Pos.NOUN_MORPHEME))
                || left.word().endsWith("线") && right.word().matches("[GSX]\\d+.*");
        return verbal || places;
    }

    private static boolean listInitial(List<Token> tokens, int j, Span clause, ProjectLexicon lex) {
        Token t = tokens.get(j);
        if (t.word().length() != 1 || !(t.pos().isPreposition() || t.pos().isConjunction()
                || t.pos().isAdverb())) {
            return false;
        }
        if (j + 1 < tokens.size() && tokens.get(j + 1).pos().isVerb()) {
            return false;
        }
        if (j == 0 || t.start() == clause.start()) {
            return true;
        }
        Token prev = tokens.get(j - 1);
        return prev.word().equals("、") || lex.isBoundary(prev.word()) || prev.start() < clause.start();
    }

    private static boolean isVerb(Token t) {
        return (t.pos().is(Pos.VERB) || t.pos().is(Pos.INTRANSITIVE_VERB)) && t.word().length() <= 2
                && !t.word().equals("纪念");
    }

    private static boolean isStop(Token t, ProjectLexicon lex, String keepPunct) {
        String w = t.word();
        Pos pos = t.pos();
        if (lex.isBoundary(w) || w.equals("等") || w.equals("、")) {
            return true;
        }
        if (pos.isPunctuation()) {
            return !keepPunct.contains(w);
        }
        if (pos.is(Pos.PARTICLE_LIAN)) {
            // HanLP reads 连 of 连州 as the particle 连.
            return false;
        }
        return pos.isPreposition() || pos.isConjunction() || pos.isParticle()
                || pos.isAdverb() && w.length() == 1
                || pos.isPronoun() || pos.isModalParticle() || pos.isInterjection() || pos.isOnomatopoeia()
                || pos.isTime() || pos.is(Pos.VERB_SHI) || pos.is(Pos.VERB_YOU);
    }

    /** Drops leading verbs, counts, years, boundary words and unpaired quotes from [start, end). */
    public static int trim(String text, List<Token> tokens, int start, int end) {
        ProjectLexicon lex = ProjectLexicon.get();
        boolean changed = true;
        while (changed && start < end) {
            changed = false;
            Token first = Tokens.startingAt(tokens, start);
            if (first != null && first.end() < end
                    && (first.pos().isVerb() && first.word().length() >= 2 || lex.isBoundary(first.word()))) {
                start = first.end();
                changed = true;
            }
            // 配合市建设保税物流中心: a bare level word (市, 区) that is the subject of a verb is no part of the name.
            int k = Tokens.indexStartingAt(tokens, start);
            if (k >= 0 && k + 1 < tokens.size()) {
                Token t = tokens.get(k);
                Token next = tokens.get(k + 1);
                if (t.word().length() == 1 && LEVEL_WORDS.contains(t.word())
                        && next.start() == t.end() && next.end() < end && next.word().length() >= 2
                        && next.pos().isVerb()) {
                    start = next.end();
                    changed = true;
                }
            }
            String rest = text.substring(start, end);
            // HanLP may glue it all into one word (市建设保税物流中心/nt).
            Matcher subject = LEVEL_SUBJECT.matcher(rest);
            if (subject.find() && subject.end() < rest.length() - 1) {
                start += subject.end();
                rest = rest.substring(subject.end());
                changed = true;
            }
            // HanLP may glue a verb to a name (推进回澜中学 as one nt): strip known lead words.
            for (String w : lex.boundaryWords()) {
                if (w.length() >= 2 && rest.startsWith(w) && rest.length() - w.length() >= 2) {
                    start += w.length();
                    rest = rest.substring(w.length());
                    changed = true;
                    break;
                }
            }
            Matcher count = LEADING_COUNT.matcher(rest);
            if (count.find() && count.end() < rest.length()) {
                start += count.end();
                changed = true;
            }
            if (end - start > 3 && "了的着".indexOf(text.charAt(start)) >= 0) {
                // 完成了向阳路…, 推进了7公里的县城东外环道路: a particle HanLP glued to the name.
                start++;
                changed = true;
            }
            Matcher mark = LEADING_MARK.matcher(text.substring(start, end));
            if (mark.find() && mark.end() < end - start) {
                start += mark.end();
                changed = true;
            }
            Token glued = Tokens.startingAt(tokens, start);
            int lead = glued == null ? 0 : gluedLeadVerb(glued.word(), lex);
            if (lead > 0 && start + lead < end) {
                // HanLP glues a verb to the name it governs (投用重庆东站/nt, 运营暹粒吴哥国际机场/nt).
                start += lead;
                changed = true;
            }
            Matcher year = LEADING_YEAR.matcher(text.substring(start, end));
            if (year.find() && year.end() < end - start) {
                start += year.end();
                changed = true;
            }
            if (start < end && Quotes.DOUBLE.indexOf(text.charAt(start)) >= 0
                    && text.substring(start + 1, end).indexOf('”') < 0) {
                start++;
                changed = true;
            }
        }
        return start;
    }

    /**
     * The length of a building or status verb (建设, 投用, 运营) that a token of a name opens, or 0: only
     * when the token goes on for at least three characters after it, so 建设路 and 运营中心 stay whole.
     */
    static int gluedLeadVerb(String word, ProjectLexicon lex) {
        for (String v : lex.leadVerbs()) {
            if (word.length() - v.length() >= 3 && word.startsWith(v)) {
                return v.length();
            }
        }
        return 0;
    }

    /**
     * True when a token of [start, end) is a proper name (place, person, organisation, other
     * proper noun, abbreviation) or the span holds Latin letters or digits (G107, 300兆瓦).
     */
    public static boolean hasProperName(String text, List<Token> tokens, int start, int end) {
        if (text.substring(start, end).matches(".*[A-Za-z0-9０-９].*")) {
            return true;
        }
        for (Token t : Tokens.overlapping(tokens, start, end)) {
            Pos pos = t.pos();
            boolean inside = t.start() >= start && t.end() <= end;
            if (pos.is(Pos.PLACE) || pos.isPerson() || pos.is(Pos.OTHER_PROPER_NAME)
                    || inside && pos.is(Pos.ORGANIZATION) || pos.is(Pos.LATIN_NAME)
                    || pos.is(Pos.ABBREVIATION) || pos.is(Pos.PARTICLE_LIAN) || pos.is(Pos.FOOD_NAME)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code name} starts with a count such as 66项 or 两个. */
    public static boolean startsWithCount(String name) {
        return LEADING_COUNT.matcher(name).find();
    }
}
