package org.govkg.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a normalised text into numbered sections, paragraphs (non-empty lines) and sentences, and
 * collects its glossary entries through {@link GlossaryParser}.
 * <ul>
 *   <li>Sections are lines opening with {@code 一、} (level 1), {@code （一）}/{@code (一)} (level 2),
 *       {@code 1.}/{@code 1、}/{@code 1．} (level 3) or {@code （1）}/{@code (1)} (level 4). The heading
 *       is the rest of the line up to its first sentence end; the span runs to the next section of the
 *       same or a higher level (or to a back-matter line such as {@code 名词解释} or {@code 附件}, which
 *       closes all sections); the parent is the nearest enclosing section of a higher level.</li>
 *   <li>Sentences end at {@code 。！？；!?;} or the end of a line, with closing quotes and brackets that
 *       follow kept; a terminator inside a quotation or bracket that closes on the same line does not
 *       end the sentence. A sentence longer than {@link #MAX_SENTENCE} characters (a page without
 *       punctuation, a list of thousands of items) is cut into pieces of at most that length, after the
 *       last clause mark, list mark or space of each piece when there is one in its second half: the
 *       NLP and the per-sentence scans then never see an unbounded string.</li>
 * </ul>
 * <p>Requires: normalised text ({@code \n} line ends). Produces: a {@link TextStructure} with offsets
 * into it. Pure and thread-safe.
 */
public final class StructureParser {

    private static final String NUMERALS = "一二三四五六七八九十百零〇";
    private static final Pattern[] HEADINGS = {
        Pattern.compile("^([" + NUMERALS + "]{1,4})、"),
        Pattern.compile("^[（(]([" + NUMERALS + "]{1,4})[）)]"),
        Pattern.compile("^(\\d{1,2})(?:[、．]|\\.(?!\\d))"),
        Pattern.compile("^[（(](\\d{1,2})[）)]"),
    };
    private static final String SENTENCE_END = "。！？；!?;";
    private static final String OPENERS = "“‘「『（(《〔【";
    private static final String CLOSERS = "”’」』）)》〕】";
    private static final int MAX_HEADING = 80;
    /** A line opening the back matter (glossary, notes, annexes): it closes every open section. */
    private static final Pattern BACK_MATTER = Pattern.compile("^(?:附件|附录|名词解释|注释|附注|注)\\d*[:：]?$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A quotation longer than this is not held together (keeps sentences short for segmenters). */
    private static final int MAX_QUOTE = 200;
    /**
     * The longest sentence handed on; longer ones are cut. Far above any real sentence (the longest of
     * the bundled corpus and the devset has about 400 characters), so real reports are never cut.
     */
    public static final int MAX_SENTENCE = 1000;
    /** Where a too-long sentence is best cut: after a clause or list mark, or a space. */
    private static final String CUT_AFTER = "，,：:、 \t";

    private StructureParser() {
    }

    public static TextStructure parse(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<int[]> heads = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        List<Integer> open = new ArrayList<>();
        List<Integer> barriers = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            Cancellation.check();
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            int s = lineStart;
            int e = lineEnd;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s < e && BACK_MATTER.matcher(SPACES.matcher(text.substring(s, e)).replaceAll("")).matches()) {
                open.clear();
                barriers.add(s);
            }
            if (s < e) {
                Section heading = heading(text, s, e, sections.size());
                if (heading != null) {
                    while (!open.isEmpty()
                            && sections.get(open.get(open.size() - 1)).level() >= heading.level()) {
                        open.remove(open.size() - 1);
                    }
                    int parent = open.isEmpty() ? -1 : open.get(open.size() - 1);
                    sections.add(new Section(heading.index(), heading.level(), heading.number(),
                            heading.heading(), heading.span(), parent));
                    open.add(heading.index());
                }
                int section = open.isEmpty() ? -1 : open.get(open.size() - 1);
                int p = paragraphs.size();
                paragraphs.add(new Paragraph(p, new Span(s, e), section));
                for (Span span : sentenceSpans(text, s, e)) {
                    sentences.add(new Sentence(sentences.size(), span, p, section));
                }
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return new TextStructure(closeSpans(sections, barriers, text.length()), paragraphs, sentences,
                GlossaryParser.parse(text), PlanParts.find(text, paragraphs));
    }

    /** The section whose heading is the line {@code [s, e)}, with a provisional span, or null. */
    private static Section heading(String text, int s, int e, int index) {
        String line = text.substring(s, e);
        for (int level = 1; level <= HEADINGS.length; level++) {
            Matcher m = HEADINGS[level - 1].matcher(line);
            if (!m.find()) {
                continue;
            }
            int bodyStart = m.end();
            while (bodyStart < line.length() && Character.isWhitespace(line.charAt(bodyStart))) {
                bodyStart++;
            }
            if (bodyStart >= line.length()) {
                return null;
            }
            int bodyEnd = line.length();
            for (int i = bodyStart; i < line.length(); i++) {
                if (SENTENCE_END.indexOf(line.charAt(i)) >= 0) {
                    bodyEnd = i;
                    break;
                }
            }
            String heading = line.substring(bodyStart, bodyEnd).strip();
            if (heading.isEmpty() || heading.length() > MAX_HEADING) {
                heading = line.substring(bodyStart, Math.min(line.length(), bodyStart + MAX_HEADING)).strip();
            }
            String number = line.substring(0, m.end()).strip();
            return new Section(index, level, number, heading, new Span(s, e), -1);
        }
        return null;
    }

    /** Each section's span runs to the next section of the same or a higher level or the back matter. */
    private static List<Section> closeSpans(List<Section> sections, List<Integer> barriers, int textEnd) {
        List<Section> closed = new ArrayList<>(sections.size());
        for (int i = 0; i < sections.size(); i++) {
            Section sec = sections.get(i);
            int end = textEnd;
            for (int barrier : barriers) {
                if (barrier > sec.span().start()) {
                    end = barrier;
                    break;
                }
            }
            for (int j = i + 1; j < sections.size(); j++) {
                if (sections.get(j).level() <= sec.level()) {
                    end = Math.min(end, sections.get(j).span().start());
                    break;
                }
            }
            closed.add(new Section(sec.index(), sec.level(), sec.number(), sec.heading(),
                    new Span(sec.span().start(), end), sec.parent()));
        }
        return closed;
    }

    /** Sentence spans of the trimmed line {@code [s, e)}. */
    static List<Span> sentenceSpans(String text, int s, int e) {
        int[] closing = matchingClosers(text, s, e);
        List<Span> spans = new ArrayList<>();
        int start = s;
        int i = s;
        while (i < e) {
            char c = text.charAt(i);
            if (closing[i - s] > i) {
                i = closing[i - s] + 1;
                continue;
            }
            if (SENTENCE_END.indexOf(c) >= 0) {
                int end = i + 1;
                while (end < e && (SENTENCE_END.indexOf(text.charAt(end)) >= 0
                        || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
                    end++;
                }
                addBounded(text, start, end, spans);
                start = end;
                while (start < e && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                i = start;
                continue;
            }
            i++;
        }
        if (start < e) {
            addBounded(text, start, e, spans);
        }
        return spans;
    }

    /** Adds the sentence {@code [start, end)}, cut into pieces of at most {@link #MAX_SENTENCE}. */
    private static void addBounded(String text, int start, int end, List<Span> spans) {
        while (end - start > MAX_SENTENCE) {
            int cut = start + MAX_SENTENCE;
            for (int k = cut; k > start + MAX_SENTENCE / 2; k--) {
                if (CUT_AFTER.indexOf(text.charAt(k - 1)) >= 0) {
                    cut = k;
                    break;
                }
            }
            if (Character.isLowSurrogate(text.charAt(cut))
                    && Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
            spans.add(new Span(start, cut));
            start = cut;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
        }
        if (start < end) {
            spans.add(new Span(start, end));
        }
    }

    /**
     * For each position in {@code [s, e)} holding an opening quote or bracket whose partner closes on
     * the same line and encloses a sentence terminator, the position of that partner; 0 elsewhere.
     */
    private static int[] matchingClosers(String text, int s, int e) {
        int[] result = new int[e - s];
        for (int i = s; i < e; i++) {
            int kind = OPENERS.indexOf(text.charAt(i));
            if (kind < 0) {
                continue;
            }
            char opener = OPENERS.charAt(kind);
            char closer = CLOSERS.charAt(kind);
            int depth = 0;
            boolean terminator = false;
            for (int j = i; j < e && j <= i + MAX_QUOTE; j++) {
                char c = text.charAt(j);
                if (c == closer && opener != closer) {
                    depth--;
                    if (depth == 0) {
                        if (terminator) {
                            result[i - s] = j;
                        }
                        break;
                    }
                } else if (c == opener) {
                    depth++;
                } else if (SENTENCE_END.indexOf(c) >= 0) {
                    terminator = true;
                }
            }
        }
        return result;
    }
}
