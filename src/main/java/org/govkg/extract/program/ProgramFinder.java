package org.govkg.extract.program;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govkg.extract.Attr;
import org.govkg.extract.EntityType;
import org.govkg.extract.Mention;
import org.govkg.text.Span;

/**
 * Finds program names in a text: quoted names that read as programs (“三铁工程”, “六稳”,
 * “1310”具体部署 → 1310具体部署), known names written without quotes (乡村振兴战略, 河长制), and
 * fixed names ending in a head word (清远鸡百亿产业行动计划), with the issuing level written before
 * them (省“百千万工程” → 省) and the expansion of a numbered name listed just before it
 * (外贸、外资、外包、外经、外智“五外联动”).
 * <p>Requires: normalised text and the spans to skip (glossary entries). Produces: Program
 * mentions in text order with sentence index -1 (the caller fills it in). Stateless.
 */
public final class ProgramFinder {

    private static final Pattern QUOTE = Pattern.compile("“([^“”\\n]{1,30})”");
    private static final Pattern ENUMERATION = Pattern.compile(
            "((?:[\\p{IsHan}A-Za-z0-9]{1,8}、){1,9}[\\p{IsHan}A-Za-z0-9]{1,8})$");
    private static final String NUMERALS = "一二两三四五六七八九十百千万双0123456789";
    private static final int MAX_GAP = 8;
    private static final int MAX_UNQUOTED = 20;

    private final ProgramLexicon lexicon;

    public ProgramFinder(ProgramLexicon lexicon) {
        this.lexicon = requireNonNull(lexicon, "lexicon");
    }

    /** Program mentions in {@code text}, none overlapping {@code skip}. */
    public List<Mention> find(String text, List<Span> skip) {
        List<Mention> found = new ArrayList<>();
        List<Span> taken = new ArrayList<>(skip);
        Matcher m = QUOTE.matcher(text);
        while (m.find()) {
            Span quote = new Span(m.start(), m.end());
            if (overlaps(taken, quote)) {
                continue;
            }
            Mention q = quoted(text, m.start(), m.end(), m.group(1));
            if (q != null) {
                found.add(q);
                taken.add(q.span());
            }
        }
        for (String name : lexicon.knownPrograms()) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                Span span = new Span(at, at + name.length());
                if (!overlaps(taken, span) && !insideQuotes(text, at)) {
                    found.add(mention(text, span, name));
                    taken.add(span);
                }
            }
        }
        for (String head : lexicon.headWords()) {
            for (int at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
                Mention u = unquoted(text, at, at + head.length(), taken);
                if (u != null) {
                    found.add(u);
                    taken.add(u.span());
                }
            }
        }
        found.sort((a, b) -> a.span().compareTo(b.span()));
        return found;
    }

    /** A quoted name that reads as a program, with its label extension, or null. */
    Mention quoted(String text, int open, int close, String inner) {
        String name = SurfaceNames.bare(inner);
        if (name.length() < 2 || name.length() > 24 || lexicon.isStopName(name)) {
            return null;
        }
        int after = skipMarker(text, close);
        String follow = ProgramLexicon.wordAt(lexicon.followWords(), text, after);
        int end = close;
        String label = name;
        if (follow != null) {
            end = after + follow.length();
            label = name + follow;
        } else {
            int gapEnd = gapWithFollowWord(text, after);
            if (gapEnd > 0) {
                end = gapEnd;
                label = name + SurfaceNames.bare(text.substring(after, gapEnd));
            }
        }
        boolean programLike = end > close
                || ProgramLexicon.endingOf(lexicon.headWords(), name) != null
                || ProgramLexicon.endingOf(lexicon.followWords(), name) != null
                || numbered(name) && !lexicon.hasNonProgramTail(name)
                || ProgramLexicon.wordAt(lexicon.contextWords(), text, after) != null
                || lexicon.knownPrograms().contains(name);
        if (!programLike || lexicon.hasNonProgramTail(label) || isSlogan(name)) {
            return null;
        }
        Mention mention = mention(text, new Span(open, end), label);
        if (numbered(name)) {
            String expansion = expansionBefore(text, open, name);
            if (expansion != null) {
                mention = mention.with(Attr.EXPANSION, expansion);
            }
        }
        return mention;
    }

    /** The end of a short run of Han characters after a quote that ends in a follow word, or -1. */
    private int gapWithFollowWord(String text, int from) {
        int best = -1;
        for (int i = from; i < text.length() && i - from < MAX_GAP; i++) {
            char c = text.charAt(i);
            if (!Character.UnicodeScript.of(c).equals(Character.UnicodeScript.HAN)) {
                break;
            }
            if (i > from && ProgramLexicon.wordBefore(lexicon.leftBoundaries(), text, i) != null
                    && ProgramLexicon.wordBefore(lexicon.leftBoundaries(), text, i).length() > 1) {
                break;
            }
            String w = ProgramLexicon.wordAt(lexicon.followWords(), text, i);
            if (w != null && i > from && i + w.length() - from <= MAX_GAP + 4 && w.length() >= 2) {
                best = i + w.length();
            }
        }
        return best;
    }

    /** Numbered short forms: 六稳, 三铁工程, 1310, 3+1+N, 一村一品、一镇一业. */
    static boolean numbered(String name) {
        return NUMERALS.indexOf(name.charAt(0)) >= 0;
    }

    /** Slogans list clauses with verbs (疫情要防住、经济要稳住); numbered lists are kept. */
    private static boolean isSlogan(String name) {
        if (name.indexOf('、') < 0 && name.indexOf('，') < 0 && name.indexOf(',') < 0) {
            return false;
        }
        for (String part : name.split("[、，,]")) {
            if (part.isEmpty() || NUMERALS.indexOf(part.charAt(0)) < 0 && !part.startsWith("双")) {
                return true;
            }
        }
        return false;
    }

    private static int skipMarker(String text, int at) {
        Matcher mk = SurfaceNames.MARKER.matcher(text);
        mk.region(at, text.length());
        return mk.lookingAt() ? mk.end() : at;
    }

    /** The list written just before a numbered name, when its count agrees with the name's numeral. */
    private static String expansionBefore(String text, int open, String name) {
        int from = Math.max(0, open - 80);
        Matcher m = ENUMERATION.matcher(text.substring(from, open));
        if (!m.find()) {
            return null;
        }
        String list = m.group(1);
        int count = list.split("、").length;
        int numeral = "零一二三四五六七八九十".indexOf(name.charAt(0));
        if (name.charAt(0) == '两' || name.charAt(0) == '双') {
            numeral = 2;
        }
        return numeral == count ? list : null;
    }

    /** A fixed name ending in the head word at [headStart, headEnd), or null. */
    Mention unquoted(String text, int headStart, int headEnd, List<Span> taken) {
        if (overlaps(taken, new Span(headStart, headEnd)) || insideQuotes(text, headStart)) {
            return null;
        }
        if (headEnd < text.length() && isNameChar(text.charAt(headEnd))
                && ProgramLexicon.wordAt(lexicon.rightBoundaries(), text, headEnd) == null
                && ProgramLexicon.wordAt(lexicon.headWords(), text, headEnd) == null) {
            return null;
        }
        int start = headStart;
        while (start > 0 && headEnd - start < MAX_UNQUOTED && isNameChar(text.charAt(start - 1))) {
            if (ProgramLexicon.wordBefore(lexicon.leftBoundaries(), text, start) != null) {
                break;
            }
            if (overlaps(taken, new Span(start - 1, start))) {
                break;
            }
            start--;
        }
        if (headStart - start < 2 || headEnd - start >= MAX_UNQUOTED) {
            return null;
        }
        String name = text.substring(start, headEnd);
        if (lexicon.isConstruction(name) || lexicon.hasNonProgramTail(name) || lexicon.isStopName(name)) {
            return null;
        }
        return mention(text, new Span(start, headEnd), name);
    }

    private static boolean isNameChar(char c) {
        return Character.UnicodeScript.of(c).equals(Character.UnicodeScript.HAN) || Character.isLetterOrDigit(c)
                || c == '+';
    }

    private Mention mention(String text, Span span, String name) {
        Mention m = new Mention(EntityType.Program, span.of(text), name, span, -1, new TreeMap<>());
        String issuer = issuerBefore(text, span.start());
        return issuer == null ? m : m.with(Attr.ISSUING_LEVEL, issuer);
    }

    /** The issuing level written just before {@code at} (省“百千万工程”, 市委“十大行动方案”), or null. */
    String issuerBefore(String text, int at) {
        String issuer = ProgramLexicon.wordBefore(lexicon.issuers(), text, at);
        if (issuer == null) {
            return null;
        }
        int before = at - issuer.length();
        if (issuer.length() == 1 && before > 0 && isNameChar(text.charAt(before - 1))
                && ProgramLexicon.wordBefore(lexicon.leftBoundaries(), text, before) == null) {
            // 清城区“…” names a place, not an issuer; 落实省“…” does.
            return null;
        }
        return issuer;
    }

    private static boolean insideQuotes(String text, int at) {
        int open = text.lastIndexOf('“', at - 1);
        int close = text.lastIndexOf('”', at - 1);
        return open > close && text.indexOf('”', at) >= 0 && at - open <= 30;
    }

    private static boolean overlaps(List<Span> spans, Span span) {
        for (Span s : spans) {
            if (s.overlaps(span)) {
                return true;
            }
        }
        return false;
    }
}
