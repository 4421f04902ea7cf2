package org.govkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.govkg.gazetteer.AdminSuffixes;
import org.govkg.gazetteer.Gazetteer;
import org.govkg.gazetteer.PlaceName;
import org.govkg.lexicon.OrganizationLexicon;
import org.govkg.nlp.Pos;
import org.govkg.nlp.Token;
import org.govkg.nlp.Tokens;
import org.govkg.text.Span;

/**
 * Government bodies named by their structure rather than listed one by one.
 * <ul>
 * <li>A department: its place and level, its function and its head word, as every province, city and
 * county names the counterparts of the State Council's ministries (四川省自然资源厅, 东安县发展和改革局,
 * 市发改委, 省国资委, 国家统计局). A department of a head that a province or commission uses alone
 * (自然资源厅, 国资委) may stand without place or level.</li>
 * <li>A Party committee: 中共 or 中国共产党, a place, an optional term (第十一届), 委员会 or 委
 * (中共遵义市委, 中共滨海新区委员会).</li>
 * </ul>
 * The left edge is the place, the level word or the function itself, never a word before them (获省环保厅
 * is 省环保厅; 王晓晖代表中共四川省第十一届委员会 is 中共四川省第十一届委员会).
 */
final class GovernmentBodies {

    /** National words that stand before a department's function as a level does (国家统计局). */
    private static final List<String> NATIONAL = List.of("国务院", "国家", "中央");
    /** Level words of a province, city, county or town (省, 自治区, 市, 州, 县, 镇 …), longest first. */
    private static final List<String> LEVELS = Stream.concat(
                    AdminSuffixes.get().regularAboveVillage().stream(),
                    AdminSuffixes.get().all().stream()
                            .filter(s -> !AdminSuffixes.get().regular().contains(s)))
            .distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    private static final Pattern PARTY = Pattern.compile("中共|中国共产党");
    private static final Pattern TERM = Pattern.compile("第[一二三四五六七八九十]{1,3}届");
    private static final int MAX_PLACE = 12;

    private GovernmentBodies() {
    }

    /** The departments and Party committees of one sentence, in text order. */
    static List<Span> find(String text, Span sentence, List<Token> tokens) {
        List<Span> out = new ArrayList<>();
        departments(text, sentence, tokens, out);
        partyCommittees(text, sentence, out);
        out.sort(Comparator.comparingInt(Span::start));
        return out;
    }

    private static void departments(String text, Span sentence, List<Token> tokens, List<Span> out) {
        OrganizationLexicon lex = OrganizationLexicon.get();
        for (int k = sentence.start(); k < sentence.end(); k++) {
            for (String head : lex.departmentHeadsStartingWith(text.charAt(k))) {
                if (!text.startsWith(head, k)) {
                    continue;
                }
                int end = k + head.length();
                int function = functionStart(text, sentence, k, lex);
                if (function < 0 || !endsWord(tokens, end)) {
                    continue;
                }
                int start = prefixStart(text, sentence, function);
                boolean bare = start == function;
                if (bare && (!lex.isBareHead(head) || !startsWord(text, tokens, function))) {
                    continue;
                }
                out.add(new Span(start, end));
                k = end - 1;
                break;
            }
        }
    }

    /** Where the longest department function ending at {@code head} begins, or -1. */
    private static int functionStart(String text, Span sentence, int head, OrganizationLexicon lex) {
        for (int len = Math.min(lex.maxFunctionLength(), head - sentence.start()); len >= 1; len--) {
            if (lex.isDepartmentFunction(text.substring(head - len, head))) {
                return head - len;
            }
        }
        return -1;
    }

    /**
     * The start of the place and level before a function at {@code at}: a national word (国家), or a level
     * word (省, 县) with the places that name it in full before it (四川省, 天津市宁河区); {@code at} when
     * there is none.
     */
    private static int prefixStart(String text, Span sentence, int at) {
        for (String n : NATIONAL) {
            if (at - n.length() >= sentence.start() && text.startsWith(n, at - n.length())) {
                return at - n.length();
            }
        }
        int start = placesBefore(text, sentence, at);
        if (start < at) {
            return start;
        }
        for (String level : LEVELS) {
            if (at - level.length() >= sentence.start() && text.startsWith(level, at - level.length())) {
                return at - level.length();
            }
        }
        return at;
    }

    /** The start of the full place names (with their level word) ending at {@code at}, one after another. */
    private static int placesBefore(String text, Span sentence, int at) {
        Gazetteer gazetteer = Gazetteer.shared();
        int start = at;
        boolean more = true;
        while (more) {
            more = false;
            for (int len = Math.min(MAX_PLACE, start - sentence.start()); len >= 2; len--) {
                PlaceName p = gazetteer.find(text, start - len, start);
                if (p != null && p.fullLevels() != 0 && endsInLevel(text, start)) {
                    start -= len;
                    more = true;
                    break;
                }
            }
        }
        return start;
    }

    private static boolean endsInLevel(String text, int end) {
        for (String level : LEVELS) {
            if (end - level.length() >= 0 && text.startsWith(level, end - level.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * 中共遵义市委, 中国共产党广西壮族自治区委员会: the Party word, full place names, an optional term and the
     * committee; a bare 中共中央 names no place and is not taken here.
     */
    private static void partyCommittees(String text, Span sentence, List<Span> out) {
        Gazetteer gazetteer = Gazetteer.shared();
        Matcher m = PARTY.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            int p = m.end();
            boolean place = false;
            boolean more = true;
            while (more) {
                more = false;
                for (int len = Math.min(MAX_PLACE, sentence.end() - p); len >= 2; len--) {
                    PlaceName n = gazetteer.find(text, p, p + len);
                    if (n != null && n.fullLevels() != 0 && endsInLevel(text, p + len)) {
                        p += len;
                        place = more = true;
                        break;
                    }
                }
            }
            if (!place) {
                continue;
            }
            Matcher term = TERM.matcher(text).region(p, sentence.end());
            if (term.lookingAt()) {
                p = term.end();
            }
            int end = text.startsWith("委员会", p) ? p + 3 : text.startsWith("委", p)
                    && !text.startsWith("委员", p) ? p + 1 : -1;
            if (end > 0) {
                out.add(new Span(m.start(), end));
            }
        }
    }

    /**
     * Whether a name may end at {@code end}: a word ends there, or HanLP glued the name to what follows as
     * one proper noun (自治区国资委监管企业); not 部门, 委员, 局面, 办理.
     */
    static boolean endsWord(List<Token> tokens, int end) {
        int i = Tokens.indexAfter(tokens, end - 1);
        if (i >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(i);
        if (t.start() >= end || t.end() == end) {
            return true;
        }
        Pos p = t.pos();
        return p.isOrganization() || p.is(Pos.OTHER_PROPER_NAME);
    }

    /** Whether a word starts at {@code start}, or the name follows no Chinese character. */
    private static boolean startsWord(String text, List<Token> tokens, int start) {
        if (start == 0 || !Character.isIdeographic(text.codePointBefore(start))) {
            return true;
        }
        return Tokens.startingAt(tokens, start) != null;
    }
}
