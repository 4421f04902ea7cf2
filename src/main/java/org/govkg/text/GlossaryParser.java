package org.govkg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds glossary and note entries: a block after a heading such as 名词解释 / 注释 whose lines read
 * {@code 15. “三铁工程”：指…} (or {@code ① X是指…}), and bracket-numbered notes anywhere
 * ({@code 〔1〕X:指…}, {@code ﹝16﹞…}, {@code [3]…}).
 * <p>Requires: normalised (simplified) text; tolerates leftover Markdown emphasis ({@code **X**}).
 * Produces: entries in text order; a definition that a line break cuts in two (a line not ending in
 * 。；！？ followed by a line that is not itself an entry) is joined, without the line break.
 */
public final class GlossaryParser {

    /** Headings that open a glossary block (compared with whitespace and emphasis removed). */
    private static final Pattern HEADING = Pattern.compile(
            "(附件\\d*[:：]?)?.{0,20}?(名词解释|名词注释)(说明)?[:：]?");
    /** Short headings that open a notes block only when they stand alone. */
    private static final Pattern NOTES_HEADING = Pattern.compile("(附件\\d*[:：]?)?(注释|注解|附注|注|说明)[:：]?");
    private static final Pattern ENTRY = Pattern.compile(
            "^(?<marker>[〔﹝\\[【(（]\\s*\\d{1,3}\\s*[〕﹞\\]】)）]|\\d{1,3}\\s*[.．、]|[\\u2460-\\u2473])?\\s*"
                    + "(?<term>[^:：。；;，,\\n]{1,40}?)\\s*(\\*\\*)?\\s*(?:[:：]|(?=是指|即指))\\s*(\\*\\*)?\\s*"
                    + "(?<def>\\S.*)$");
    private static final String SENTENCE_END = "。！？；.!?;";
    /** Second characters of words starting with 指 that do not mean "means": 指导, 指出, 指挥… */
    private static final String NOT_DEFINING = "导出挥标数引南示令定派向";
    private static final String QUOTES = Quotes.QUOTATION;

    private GlossaryParser() {
    }

    /** The glossary entries of {@code text}, in text order. */
    public static List<GlossaryEntry> parse(String text) {
        List<int[]> lines = lines(text);
        List<GlossaryEntry> entries = new ArrayList<>();
        boolean inBlock = false;
        for (int li = 0; li < lines.size(); li++) {
            int s = lines.get(li)[0];
            int e = lines.get(li)[1];
            String line = text.substring(s, e);
            if (isHeading(line)) {
                inBlock = true;
                continue;
            }
            Candidate c = candidate(text, s, e);
            if (c == null || !(inBlock || c.bracketed() && c.definesLikeANote() || c.definesLikeANote()
                    && c.numbered())) {
                inBlock = inBlock && c != null;
                continue;
            }
            int defEnd = e;
            StringBuilder definition = new StringBuilder(text.substring(c.defStart(), e).strip());
            // A definition cut by a line break continues on the next line that is not an entry.
            while (li + 1 < lines.size() && SENTENCE_END.indexOf(last(definition)) < 0) {
                int[] next = lines.get(li + 1);
                if (candidate(text, next[0], next[1]) != null
                        || isHeading(text.substring(next[0], next[1]))) {
                    break;
                }
                definition.append(text, next[0], next[1]);
                defEnd = next[1];
                li++;
            }
            entries.add(new GlossaryEntry(c.marker(), c.term(), definition.toString(),
                    new Span(c.termStart(), c.termEnd()), new Span(c.defStart(), defEnd)));
        }
        return entries;
    }

    private static char last(CharSequence s) {
        return s.isEmpty() ? '。' : s.charAt(s.length() - 1);
    }

    private static boolean isHeading(String line) {
        String bare = line.replaceAll("[\\s*#]", "");
        return bare.length() <= 40
                && (HEADING.matcher(bare).matches() || NOTES_HEADING.matcher(bare).matches());
    }

    /** A line shaped like an entry, or null. */
    private static Candidate candidate(String text, int s, int e) {
        Matcher m = ENTRY.matcher(text.substring(s, e));
        if (!m.matches()) {
            return null;
        }
        int termStart = s + m.start("term");
        int termEnd = s + m.end("term");
        // Trim emphasis and spaces around the term; keep its quotation marks in the span.
        while (termStart < termEnd && (text.charAt(termStart) == '*' || Character.isWhitespace(
                text.charAt(termStart)))) {
            termStart++;
        }
        while (termEnd > termStart && (text.charAt(termEnd - 1) == '*' || Character.isWhitespace(
                text.charAt(termEnd - 1)))) {
            termEnd--;
        }
        String term = bare(text.substring(termStart, termEnd));
        if (term.isEmpty()) {
            return null;
        }
        String marker = m.group("marker") == null ? "" : m.group("marker").replaceAll("[\\s.．、]", "");
        return new Candidate(marker, term, termStart, termEnd, s + m.start("def"), m.group("def"));
    }

    /** The term without quotation marks, emphasis or whitespace. */
    static String bare(String term) {
        StringBuilder sb = new StringBuilder(term.length());
        term.codePoints().filter(cp -> QUOTES.indexOf(cp) < 0 && cp != '*' && !Character.isWhitespace(cp))
                .forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static List<int[]> lines(String text) {
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                lines.add(new int[] {s, e});
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return lines;
    }

    private record Candidate(String marker, String term, int termStart, int termEnd, int defStart,
                             String definition) {
        boolean bracketed() {
            return !marker.isEmpty() && !Character.isDigit(marker.charAt(0));
        }

        boolean numbered() {
            return !marker.isEmpty();
        }

        /** The definition opens like a note: 指…, or a quoted part then 指 (“6”，指…). */
        boolean definesLikeANote() {
            int i = definition.indexOf('指');
            boolean note = i == 0 || i == 1 && (definition.startsWith("是") || definition.startsWith("即"))
                    || i > 0 && i <= 12 && definition.startsWith("“");
            // 指导/指出/指挥… open ordinary sentences (1. 强化政策支持：指导企业…), not definitions.
            return note && (i + 1 >= definition.length()
                    || NOT_DEFINING.indexOf(definition.charAt(i + 1)) < 0);
        }
    }
}
