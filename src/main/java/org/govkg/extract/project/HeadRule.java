package org.govkg.extract.project;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govkg.nlp.Pos;
import org.govkg.nlp.Token;
import org.govkg.nlp.Tokens;
import org.govkg.text.Span;

/**
 * The head rule: a name ends with a head word of {@code /projects/heads.txt} (项目, 工程, 高速, 产业园), a
 * phase or road section after it (二期, 新基至国泰段), or a closing parenthesis the head stands in, and
 * starts where {@link NameBoundary} says. Items before a found name that end like it
 * (“湖岸西路、华清产业大道一期开通”) are names too. A weak head counts only in a clause about building.
 */
public final class HeadRule {

    private static final ProjectLexicon LEX = ProjectLexicon.get();
    private static final Pattern BUILDING = Pattern.compile(ProjectLexicon.alternation(LEX.buildingWords()));
    private static final Pattern PHASE = Pattern.compile("^[(（]?(首期|[一二三四五六七八九十]+期)[)）]?");
    private static final Pattern PHASE_END = Pattern.compile("(首期|[一二三四五六七八九十]+期)[)）]?$");
    private static final Pattern SEGMENT = Pattern.compile("^[\\u4e00-\\u9fa5]{1,4}段");

    private HeadRule() {
    }

    /** Adds the names the head rule finds in {@code clause} after {@code listEnd} to {@code out}. */
    public static void find(String text, Span clause, List<Token> tokens, int listEnd,
                            List<ProjectCandidate> out) {
        String c = clause.of(text);
        boolean building = BUILDING.matcher(c).find();
        // (end, head) pairs precedingItems walked already: a later name of the list walks the same items.
        Set<String> walked = new HashSet<>();
        // The last opening and closing parentheses at or before k, kept as k moves on: a name's look back
        // for an unclosed parenthesis then costs nothing, however long the clause.
        int lastOpen = -1;
        int lastClose = -1;
        for (int k = clause.start(); k < clause.end(); k++) {
            char ch = text.charAt(k);
            if (ch == '(' || ch == '（') {
                lastOpen = k;
            } else if (ch == ')' || ch == '）') {
                lastClose = k;
            }
            if (k < listEnd) {
                continue;
            }
            for (String head : LEX.headsStartingWith(ch)) {
                if (text.startsWith(head, k) && (!LEX.isWeakHead(head) || building)) {
                    if (splitsToken(tokens, k + head.length()) || notAName(text, tokens, k, head)) {
                        break;
                    }
                    int end = closeParenthesis(text, clause, lastOpen, lastClose, k,
                            extendEnd(text, clause, k + head.length(), head));
                    int start = NameBoundary.start(text, clause, tokens, k, Set.of());
                    if (start < k) {
                        out.add(new ProjectCandidate(start, end, false, false));
                        precedingItems(text, clause, tokens, start, head, walked, out);
                    }
                    break;
                }
            }
        }
    }

    /**
     * True when {@code item} ends like a project name: with the last character of {@code head} when that
     * is one of 路桥站线段, with a phase, or with any head word.
     */
    public static boolean projectLike(String item, String head) {
        String last = head.isEmpty() ? "" : head.substring(head.length() - 1);
        return !last.isEmpty() && "路桥站线段".contains(last) && item.endsWith(last)
                || PHASE_END.matcher(item).find()
                || LEX.heads().stream().anyMatch(item::endsWith);
    }

    /**
     * "湖岸西路、华清产业大道一期开通", "华润慧光(七期)、龙坪风电(八期)和大路边…项目": items before
     * a found name, separated by 、 or 和, that end like a project name (a head word, a phase or the
     * same last character) are projects too.
     */
    private static void precedingItems(String text, Span clause, List<Token> tokens, int start, String head,
                                       Set<String> walked, List<ProjectCandidate> out) {
        int end = start - 1;
        while (end > clause.start() && "、和及".indexOf(text.charAt(end)) >= 0) {
            if (!walked.add(end + " " + head)) {
                // The rest of this walk was done for an earlier name, its candidates are in out already.
                return;
            }
            int s = end;
            while (s > clause.start() && "、，,；;：:".indexOf(text.charAt(s - 1)) < 0) {
                s--;
            }
            String item = text.substring(s, end);
            if (!projectLike(item, head)) {
                return;
            }
            int from = NameBoundary.trim(text, tokens, s, end);
            if (end - from >= 2) {
                out.add(new ProjectCandidate(from, end, false, true));
            }
            end = s - 1;
        }
    }

    /**
     * 燕喜文化园(研学基地: a head inside parentheses ends the name at the closing parenthesis. Only a
     * parenthesis opened in the clause (the last one at or before the head, {@code open}) and not closed
     * before the end counts; {@code close} is the last closing one at or before the head.
     */
    private static int closeParenthesis(String text, Span clause, int open, int close, int headStart,
                                        int end) {
        if (open < clause.start()) {
            return end;
        }
        boolean closed = close >= open;
        for (int k = headStart + 1; k < end && !closed; k++) {
            closed = text.charAt(k) == ')' || text.charAt(k) == '）';
        }
        if (!closed) {
            for (int k = end; k < Math.min(clause.end(), end + 12); k++) {
                if (text.charAt(k) == ')' || text.charAt(k) == '）') {
                    return k + 1;
                }
            }
        }
        return end;
    }

    /**
     * 市市通高铁, 县县通高速: a head that is the object of the verb 通 (be reached by) names a kind of
     * link, not a work; 经济高速增长: 高速 before a verb that reports no progress is an adverb.
     */
    static boolean notAName(String text, List<Token> tokens, int k, String head) {
        int before = Tokens.indexAfter(tokens, k - 1);
        if (k > 0 && before < tokens.size() && tokens.get(before).word().equals("通")
                && tokens.get(before).end() == k) {
            return true;
        }
        if (head.length() == 1) {
            // 防城港/ns: a one-character head that ends a place name is the place's, not a work's.
            int at = Tokens.indexAfter(tokens, k);
            if (at < tokens.size() && tokens.get(at).end() == k + 1 && tokens.get(at).start() < k
                    && tokens.get(at).pos().is(Pos.PLACE)) {
                return true;
            }
        }
        if (!head.equals("高速")) {
            return false;
        }
        int after = Tokens.indexStartingAt(tokens, k + head.length());
        if (after < 0) {
            return false;
        }
        Token next = tokens.get(after);
        String w = next.word();
        return next.pos().isVerb() && !next.pos().is(Pos.VERBAL_NOUN) && w.length() >= 2
                && LEX.status().stream().noneMatch(e -> w.startsWith(e.getKey()))
                && LEX.progressWords().stream().noneMatch(w::startsWith)
                && LEX.buildingWords().stream().noneMatch(w::startsWith);
    }

    /** True when a token runs across {@code end}: 桥 of 枫桥经验 does not end a name. */
    private static boolean splitsToken(List<Token> tokens, int end) {
        int i = Tokens.indexAfter(tokens, end);
        if (i < tokens.size() && tokens.get(i).start() < end) {
            Token t = tokens.get(i);
            return t.word().length() > 2 || !t.pos().isNoun();
        }
        return false;
    }

    /** The end of a name whose head ends at {@code end}: a phase or a road section may follow. */
    private static int extendEnd(String text, Span clause, int end, String head) {
        // Both patterns open with ^: match at end in place, not on a copy of the rest of the clause.
        Matcher p = PHASE.matcher(text).region(end, clause.end());
        if (p.lookingAt()) {
            return p.end();
        }
        if (head.equals("高速") || head.equals("高铁") || head.equals("公路") || head.equals("大道")) {
            Matcher s = SEGMENT.matcher(text).region(end, clause.end());
            if (s.lookingAt()) {
                return s.end();
            }
        }
        return end;
    }
}
