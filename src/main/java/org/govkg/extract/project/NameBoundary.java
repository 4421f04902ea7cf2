package org.govkg.extract.project;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govkg.nlp.Token;
import org.govkg.text.Span;

/**
 * Finds where a name that ends at a head word begins, from HanLP's tokens: a name runs left
 * until punctuation, a preposition, conjunction, particle, adverb, pronoun or time word, or a word
 * of the boundary lexicon (推进, 加快, 力促 …); leading verbs, counts and years are then dropped.
 */
public final class NameBoundary {

    private static final Pattern LEADING_COUNT = Pattern.compile(
            "^(\\d+(?:\\.\\d+)?|[一二三四五六七八九十两百]+)(个|项|宗|家|条|批|座|所)");
    private static final Pattern LEADING_YEAR = Pattern.compile("^20\\d\\d年(度)?");
    private static final String KEEP_PUNCT = "()（）·-+“”\"";

    private NameBoundary() {
    }

    /**
     * @param inner words that may stand inside the name although they would stop it (和 in 发展和改革局)
     * @return the start of a name whose head starts at {@code headStart}, within {@code clause}
     */
    public static int start(String text, Span clause, List<Token> tokens, int headStart, Set<String> inner) {
        int start = headStart;
        ProjectLexicon lex = ProjectLexicon.get();
        for (int j = tokens.size() - 1; j >= 0; j--) {
            Token t = tokens.get(j);
            if (t.start() >= headStart) {
                continue;
            }
            if (t.start() < clause.start()) {
                break;
            }
            if (t.end() > headStart) {
                // The head starts inside this token: the token's first part belongs to the name.
                start = t.start();
                continue;
            }
            if (!inner.contains(t.word()) && isStop(t, lex)) {
                break;
            }
            start = t.start();
        }
        return trim(text, tokens, Math.max(start, clause.start()), headStart);
    }

    private static boolean isStop(Token t, ProjectLexicon lex) {
        String w = t.word();
        String pos = t.pos();
        if (lex.isBoundary(w) || w.equals("等") || w.equals("、")) {
            return true;
        }
        if (pos.startsWith("w")) {
            return !KEEP_PUNCT.contains(w);
        }
        return pos.equals("p") || pos.equals("c") || pos.startsWith("u") || pos.equals("d") || pos.equals("r")
                || pos.equals("y") || pos.equals("e") || pos.equals("o") || pos.equals("t");
    }

    /** Drops leading verbs, counts, years, boundary words and unpaired quotes from [start, end). */
    public static int trim(String text, List<Token> tokens, int start, int end) {
        ProjectLexicon lex = ProjectLexicon.get();
        boolean changed = true;
        while (changed && start < end) {
            changed = false;
            for (Token t : tokens) {
                if (t.start() == start && t.end() < end) {
                    if (t.pos().startsWith("v") || lex.isBoundary(t.word()) || t.word().equals("新")) {
                        start = t.end();
                        changed = true;
                    }
                    break;
                }
            }
            String rest = text.substring(start, end);
            Matcher count = LEADING_COUNT.matcher(rest);
            if (count.find() && count.end() < rest.length()) {
                start += count.end();
                changed = true;
            }
            Matcher year = LEADING_YEAR.matcher(text.substring(start, end));
            if (year.find() && year.end() < end - start) {
                start += year.end();
                changed = true;
            }
            if (start < end && "“”\"".indexOf(text.charAt(start)) >= 0
                    && text.substring(start + 1, end).indexOf('”') < 0) {
                start++;
                changed = true;
            }
        }
        return start;
    }

    /** True when {@code name} starts with a count such as 66项 or 两个. */
    public static boolean startsWithCount(String name) {
        return LEADING_COUNT.matcher(name).find();
    }
}
