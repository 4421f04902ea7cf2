package org.govkg.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govkg.lexicon.ResourceLines;

/**
 * Finds glossary and note entries. Forms: a block after a heading such as 名词解释 / 注释 (word lists
 * {@code glossary-headings.txt}, {@code note-headings.txt}) or after a short lead line announcing
 * terms ({@code glossary-leads.txt}: 看看报告里的16个名词解释吧!), whose lines read
 * {@code 15. “三铁工程”：指…}, {@code ① X是指…}, {@code 1.X:…}, or a term alone on its line with the
 * definition on the next; numbered notes anywhere whose definition opens with 指 ({@code 〔1〕X:指…},
 * {@code ⑴…}, {@code [3]…}; markers from {@link NoteMarkers}); a run of at least three entries
 * numbered 1, 2, 3 … that mostly name coined terms (quoted, or opening with a numeral), with no heading;
 * and notes in parentheses after the terms they explain ({@code “六个稳”（六个稳：稳就业…）}).
 * <p>Requires: normalised (simplified) text; tolerates leftover Markdown emphasis ({@code **X**}).
 * Produces: entries in text order; a definition that a line break cuts in two (a line not ending in
 * 。；！？ followed by a line that is neither an entry, a heading nor a salutation ending in a colon)
 * is joined, without the line break, except in an unheaded run; an entry naming two terms
 * ({@code X和“Y”计划：X是指…“Y”计划是指…}) gives one entry per term.
 */
public final class GlossaryParser {

    private static final String ATTACHMENT = "(附件\\d*[:：]?)?";
    /** Headings that open a glossary block (compared with whitespace and emphasis removed). */
    private static final Pattern HEADING = Pattern.compile(ATTACHMENT + ".{0,20}?("
            + words("/org/govkg/text/glossary-headings.txt") + ")(说明)?[:：]?");
    /** Short headings that open a notes block only when they stand alone. */
    private static final Pattern NOTES_HEADING = Pattern.compile(ATTACHMENT + "("
            + words("/org/govkg/text/note-headings.txt") + ")[:：]?");
    /** Words announcing a list of terms in a short lead line. */
    private static final Pattern LEAD = Pattern.compile(words("/org/govkg/text/glossary-leads.txt"));
    private static final int MAX_LEAD = 80;
    private static final String MARKER = "(?<marker>" + NoteMarkers.lineStart().pattern() + ")";
    private static final Pattern ENTRY = Pattern.compile(
            "^" + MARKER + "?\\s*"
                    + "(?<term>[^:：。；;，,\\n]{1,40}?)\\s*(\\*\\*)?\\s*"
                    + "(?:[:：]|(?=是指|即指)|(?<=[”\"])(?=指))\\s*(\\*\\*)?\\s*"
                    + "(?<def>\\S.*)$");
    /** A term alone on its line, the definition on the next. */
    private static final Pattern TERM_LINE = Pattern.compile(
            "^" + MARKER + "?\\s*(?<term>[^:：。；;，,！？!?\\n]{2,30})$");
    /** Section numbering of a report (一、 （二）), which opens headings, not terms. */
    private static final Pattern SECTION_NUMBER = Pattern.compile(
            "^([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])");
    /** A note in parentheses: （X：…；Y：…）. */
    private static final Pattern PAREN_NOTE = Pattern.compile("（([^（）\\n]{4,600})）");
    private static final Pattern NOTE_PART = Pattern.compile("([^：:，,。；;“”\"]{2,12})[：:]([^：:]+)");
    private static final int MAX_TERM = 25;
    private static final int MIN_RUN = 3;
    /** How far before a parenthesised note its terms are looked for, quoted. */
    private static final int NOTE_REACH = 200;
    private static final String SENTENCE_END = "。！？；.!?;";
    /** Second characters of words starting with 指 that do not mean "means": 指导, 指出, 指挥… */
    private static final String NOT_DEFINING = "导出挥标数引南示令定派向";
    private static final String QUOTES = Quotes.QUOTATION;
    private static final String NUMERALS = "一二两三四五六七八九十百千万双";
    private static final String CONNECTORS = "和及与";
    private static final Pattern CUE = Pattern.compile("是指|即指|指|即");

    private GlossaryParser() {
    }

    /** The glossary entries of {@code text}, in text order. */
    public static List<GlossaryEntry> parse(String text) {
        List<int[]> lines = lines(text);
        List<GlossaryEntry> entries = new ArrayList<>();
        boolean inBlock = false;
        int runEnd = -1;
        for (int li = 0; li < lines.size(); li++) {
            int s = lines.get(li)[0];
            int e = lines.get(li)[1];
            if (opensBlock(text.substring(s, e))) {
                inBlock = true;
                continue;
            }
            Candidate c = candidate(text, s, e);
            boolean take = c != null && (inBlock || li < runEnd || c.definesLikeANote() && c.numbered());
            if (!take && c != null && "1".equals(NoteMarkers.number(c.marker()))) {
                int run = run(text, lines, li);
                if (run > 0) {
                    runEnd = li + run;
                    take = true;
                }
            }
            if (!take && c == null && inBlock && li + 1 < lines.size()) {
                // A term alone on its line, its definition on the next (a news page's list of new terms).
                Candidate t = termLine(text, s, e);
                int[] next = lines.get(li + 1);
                if (t != null && isDefinitionLine(text, next[0], next[1])) {
                    c = new Candidate(t.marker(), t.term(), t.termStart(), t.termEnd(), next[0],
                            text.substring(next[0], next[1]));
                    li++;
                    e = next[1];
                    take = true;
                }
            }
            if (!take) {
                inBlock = inBlock && c != null;
                continue;
            }
            int defEnd = e;
            StringBuilder definition = new StringBuilder(text.substring(c.defStart(), e).strip());
            // A definition cut by a line break continues on the next line that is not an entry; not in
            // an unheaded run, whose last entry may be followed straight by the report.
            boolean mayContinue = li >= runEnd;
            while (mayContinue && li + 1 < lines.size() && SENTENCE_END.indexOf(last(definition)) < 0
                    && continues(text, lines.get(li + 1))) {
                int[] next = lines.get(li + 1);
                definition.append(text, next[0], next[1]);
                defEnd = next[1];
                li++;
            }
            GlossaryEntry entry = new GlossaryEntry(c.marker(), c.term(), definition.toString(),
                    new Span(c.termStart(), c.termEnd()), new Span(c.defStart(), defEnd));
            entries.addAll(splitTwoTerms(text, entry));
        }
        entries.addAll(parenthesisedNotes(text, entries));
        entries.sort(Comparator.comparingInt(g -> g.termSpan().start()));
        return entries;
    }

    private static String words(String resource) {
        return String.join("|", ResourceLines.of(resource).stream().map(Pattern::quote).toList());
    }

    private static char last(CharSequence s) {
        return s.isEmpty() ? '。' : s.charAt(s.length() - 1);
    }

    private static boolean opensBlock(String line) {
        String bare = line.replaceAll("[\\s*#]", "");
        return bare.length() <= 40
                && (HEADING.matcher(bare).matches() || NOTES_HEADING.matcher(bare).matches())
                || bare.length() <= MAX_LEAD && LEAD.matcher(bare).find() && !ENTRY.matcher(bare).matches();
    }

    /** Whether {@code line} carries on the definition before it. */
    private static boolean continues(String text, int[] line) {
        String l = text.substring(line[0], line[1]);
        Candidate t = termLine(text, line[0], line[1]);
        return candidate(text, line[0], line[1]) == null && !opensBlock(l)
                && !l.endsWith(":") && !l.endsWith("：") && (t == null || !t.numbered());
    }

    /**
     * The length of the run of entries numbered 1, 2, 3 … that starts at line {@code from}, when it has
     * at least {@link #MIN_RUN} entries and most of its terms look coined; else 0.
     */
    private static int run(String text, List<int[]> lines, int from) {
        int n = 0;
        int coined = 0;
        for (int li = from; li < lines.size(); li++) {
            Candidate c = candidate(text, lines.get(li)[0], lines.get(li)[1]);
            if (c == null || !String.valueOf(n + 1).equals(NoteMarkers.number(c.marker()))) {
                break;
            }
            n++;
            coined += looksCoined(text.substring(c.termStart(), c.termEnd())) ? 1 : 0;
        }
        return n >= MIN_RUN && 2 * coined > n ? n : 0;
    }

    /** A coined term: quoted in part, or opening with a numeral or a Latin letter (六稳, 1001工程, PK体系). */
    private static boolean looksCoined(String surface) {
        char first = surface.charAt(0);
        return surface.chars().anyMatch(ch -> QUOTES.indexOf(ch) >= 0) || NUMERALS.indexOf(first) >= 0
                || first < 0x80 && Character.isLetterOrDigit(first);
    }

    private static boolean isDefinitionLine(String text, int s, int e) {
        Candidate c = candidate(text, s, e);
        return termLine(text, s, e) == null && !opensBlock(text.substring(s, e))
                && (c == null || !c.numbered());
    }

    /** A line holding only a (possibly numbered) term, or null. */
    private static Candidate termLine(String text, int s, int e) {
        String line = text.substring(s, e);
        Matcher m = TERM_LINE.matcher(line);
        if (!m.matches() || SECTION_NUMBER.matcher(line).find()) {
            return null;
        }
        return trimmed(text, s, m, "");
    }

    /** A line shaped like an entry, or null. */
    private static Candidate candidate(String text, int s, int e) {
        Matcher m = ENTRY.matcher(text.substring(s, e));
        return m.matches() ? trimmed(text, s, m, m.group("def")) : null;
    }

    private static Candidate trimmed(String text, int s, Matcher m, String def) {
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
        if (term.isEmpty() || def.isEmpty() && term.length() > MAX_TERM) {
            return null;
        }
        String marker = m.group("marker") == null ? "" : m.group("marker").replaceAll("[\\s.．、]", "");
        int defStart = def.isEmpty() ? termEnd : s + m.start("def");
        return new Candidate(marker, term, termStart, termEnd, defStart, def);
    }

    /**
     * One entry per term when an entry names two ({@code A和“B”计划}) and its definition defines each
     * in turn ({@code A是指…。“B”计划是指…}); else the entry itself.
     */
    private static List<GlossaryEntry> splitTwoTerms(String text, GlossaryEntry g) {
        String surface = g.termSpan().of(text);
        int defStart = g.definitionSpan().start();
        for (int k = 1; k < surface.length() - 1; k++) {
            if (CONNECTORS.indexOf(surface.charAt(k)) < 0) {
                continue;
            }
            String a = surface.substring(0, k);
            String b = surface.substring(k + 1);
            String def = g.definition();
            int bAt = def.indexOf(b, a.length());
            if (!def.startsWith(a) || !cueAt(def, a.length()) || bAt < 0 || !cueAt(def, bAt + b.length())
                    || !text.startsWith(def.substring(0, bAt), defStart)) {
                continue;
            }
            int termStart = g.termSpan().start();
            return List.of(
                    new GlossaryEntry(g.marker(), bare(a), def.substring(a.length(), bAt).strip(),
                            new Span(termStart, termStart + k),
                            new Span(defStart + a.length(), defStart + bAt)),
                    new GlossaryEntry(g.marker(), bare(b), def.substring(bAt + b.length()).strip(),
                            new Span(termStart + k + 1, g.termSpan().end()),
                            new Span(defStart + bAt + b.length(), g.definitionSpan().end())));
        }
        return List.of(g);
    }

    private static boolean cueAt(String s, int at) {
        return CUE.matcher(s).region(at, s.length()).lookingAt();
    }

    /** Notes in parentheses whose every part {@code X：…} names a term quoted just before them. */
    private static List<GlossaryEntry> parenthesisedNotes(String text, List<GlossaryEntry> found) {
        List<GlossaryEntry> out = new ArrayList<>();
        Matcher m = PAREN_NOTE.matcher(text);
        while (m.find()) {
            if (found.stream().anyMatch(g -> g.definitionSpan().start() <= m.start()
                    && m.start() < g.definitionSpan().end())) {
                continue;
            }
            String before = text.substring(Math.max(0, m.start() - NOTE_REACH), m.start());
            List<GlossaryEntry> parts = new ArrayList<>();
            int at = m.start(1);
            for (String part : m.group(1).split("[；;]", -1)) {
                Matcher p = NOTE_PART.matcher(part);
                String term = p.matches() ? p.group(1).strip() : "";
                if (term.isEmpty() || !quotedIn(before, term)) {
                    parts.clear();
                    break;
                }
                int termStart = at + p.start(1)
                        + (p.group(1).length() - p.group(1).stripLeading().length());
                int defStart = at + p.start(2);
                parts.add(new GlossaryEntry("", term, p.group(2).strip(),
                        new Span(termStart, termStart + term.length()), new Span(defStart, at + p.end(2))));
                at += part.length() + 1;
            }
            out.addAll(parts);
        }
        return out;
    }

    private static boolean quotedIn(String before, String term) {
        for (int i = before.indexOf(term); i >= 0; i = before.indexOf(term, i + 1)) {
            int end = i + term.length();
            if (i > 0 && Quotes.DOUBLE.indexOf(before.charAt(i - 1)) >= 0 && end < before.length()
                    && Quotes.DOUBLE.indexOf(before.charAt(end)) >= 0) {
                return true;
            }
        }
        return false;
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
