package org.govkg.extract.project;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govkg.gazetteer.AdminSuffixes;
import org.govkg.nlp.Pos;
import org.govkg.nlp.Token;
import org.govkg.nlp.Tokens;
import org.govkg.text.Span;

/**
 * The list rule: “A、B、C等一批项目”, “A、B等3个项目”, “A、B、C3个道路建设” give A, B and C. Items are
 * separated by 、 (not between numerals: 东强三、四期), and an item “X和Y” of two long halves gives two.
 * Quoted items name programs and bare places (西江镇、保安镇2个…) say where, so neither is kept.
 */
public final class ListRule {

    private static final ProjectLexicon LEX = ProjectLexicon.get();
    /** Group 1: 等's count, 2: a count without 等, 3: the words between count and tail, 4: the tail. */
    private static final Pattern LIST = Pattern.compile(
            "(?:等(一批|多个|[0-9一二三四五六七八九十两]+(?:个|项|宗|条))?|(?<=[^\\d.])(\\d+个))"
                    + "((?:[^、，。；等]|(?<=[省市区县])、){0,10}?)"
                    + "(" + ProjectLexicon.alternation(LEX.listTails()) + ")");
    private static final Pattern NOT_PROJECTS = Pattern.compile(
            ProjectLexicon.alternation(LEX.notProjectLists()));
    private static final Pattern BARE_PLACE = Pattern.compile(
            "[\\u4e00-\\u9fa5]{1,4}(" + AdminSuffixes.alternation(AdminSuffixes.get().regular()) + ")");
    private static final String NUMERALS = "一二三四五六七八九十0123456789";

    private ListRule() {
    }

    /** A matcher of the list pattern over {@code clauseText}; its first find is the clause's list. */
    public static Matcher matcher(String clauseText) {
        return LIST.matcher(clauseText);
    }

    /**
     * Adds the items of the clause's list to {@code out}.
     *
     * @return the end of the list (its tail) in the document text, or -1 when the clause has none
     */
    public static int find(String text, Span clause, List<Token> tokens, List<ProjectCandidate> out) {
        String c = clause.of(text);
        Matcher m = LIST.matcher(c);
        // A count without 等 (A、B、C3个项目) makes a list only when items are enumerated.
        if (m.find() && m.start() > 0 && !NOT_PROJECTS.matcher(m.group(3)).find()
                && (m.group(2) == null || c.substring(0, m.start()).contains("、"))) {
            boolean counted = m.group(1) != null || m.group(2) != null;
            boolean strict = !LEX.isStrongListTail(m.group(4));
            int itemsEnd = clause.start() + m.start();
            int first = listStart(text, clause, tokens, itemsEnd);
            int s = first;
            for (int k = first; k <= itemsEnd; k++) {
                if (k == itemsEnd || text.charAt(k) == '、' && !betweenNumerals(text, k)) {
                    addItem(text, clause, tokens, s, k, counted, strict, out);
                    s = k + 1;
                }
            }
            return clause.start() + m.end();
        }
        return -1;
    }

    /**
     * Where the items of a list ending at {@code itemsEnd} begin. The boundary walk may stop inside an
     * item at a verb or adverb (龙滩水电站1000吨级通航设施, 国际复材): an item with a 、 on its left is
     * whole, so the walk goes on from that 、; only the leftmost item's start is the walk's.
     */
    private static int listStart(String text, Span clause, List<Token> tokens, int itemsEnd) {
        Set<String> inner = Set.of("、", "和", "及");
        int first = NameBoundary.start(text, clause, tokens, itemsEnd, inner);
        while (first > clause.start()) {
            int comma = first - 1;
            while (comma >= clause.start() && text.charAt(comma) != '、' && !stops(text.charAt(comma))) {
                comma--;
            }
            if (comma < clause.start() || text.charAt(comma) != '、' || comma == first - 1
                    || betweenNumerals(text, comma)) {
                return first;
            }
            int before = NameBoundary.start(text, clause, tokens, comma, inner);
            // The item left of the 、 is empty (a verb ends the list there): the list starts after it.
            first = before < comma ? before : comma + 1;
            if (before >= comma) {
                return first;
            }
        }
        return first;
    }

    private static boolean stops(char c) {
        return "，,；;：:。！？".indexOf(c) >= 0;
    }

    /** 东强三、四期: a 、 between numerals belongs to the name. */
    private static boolean betweenNumerals(String text, int k) {
        return k > 0 && k + 1 < text.length() && NUMERALS.indexOf(text.charAt(k - 1)) >= 0
                && NUMERALS.indexOf(text.charAt(k + 1)) >= 0;
    }

    /** 邕北灌区: the item ends in a common noun (灌区/n, 园区/n) that merely ends like a division. */
    private static boolean commonNounEnd(List<Token> tokens, int e) {
        int i = Tokens.indexAfter(tokens, e - 1);
        if (i >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(i);
        return t.end() == e && t.word().length() >= 2 && !t.pos().is(Pos.PLACE) && t.pos().is(Pos.NOUN);
    }

    private static void addItem(String text, Span clause, List<Token> tokens, int s, int e, boolean counted,
                                boolean strict, List<ProjectCandidate> out) {
        while (e > s && "及和与".indexOf(text.charAt(e - 1)) >= 0) {
            e--;
        }
        // "A和B" inside a list item names two projects when both sides are long enough.
        String item = text.substring(s, e);
        int and = Math.max(item.lastIndexOf('和'), item.lastIndexOf('及'));
        if (and >= 3 && item.length() - and - 1 >= 3 && HeadRule.projectLike(item.substring(0, and), "")
                && item.charAt(and + 1) != '第') {
            // Not 江北国际机场T3B航站楼及第四跑道: an ordinal right half is a part of the same work.
            addItem(text, clause, tokens, s, s + and, counted, strict, out);
            addItem(text, clause, tokens, s + and + 1, e, counted, strict, out);
            return;
        }
        int start = NameBoundary.trim(text, tokens, s, e);
        // “粤菜师傅”“南粤家政”: quoted list items name programs.
        boolean quotedItem = start > 0 && text.charAt(start) == '“' && text.charAt(e - 1) == '”'
                || start > 0 && text.charAt(start - 1) == '“' && e < text.length() && text.charAt(e) == '”';
        // 西江镇、保安镇2个治超卸货场: items that are bare places are where, not what.
        boolean place = BARE_PLACE.matcher(text.substring(start, e)).matches() && !commonNounEnd(tokens, e);
        if (e - start >= 2 && !quotedItem && !place) {
            out.add(new ProjectCandidate(start, e, counted, true, strict));
        }
    }
}
