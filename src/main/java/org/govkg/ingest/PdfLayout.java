package org.govkg.ingest;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the positioned glyphs of a PDF's pages into the text a reader sees: glyphs grouped into lines,
 * two-column regions read column by column, running heads, footers and page numbers removed, the lines
 * of a paragraph joined (Chinese has no hyphenation: a line that reaches the right edge of its column
 * continues on the next unless that one is indented), and table rows kept on one line with their cells
 * a space apart, as HTML tables are.
 * <p>Requires: glyphs with top-down coordinates. Produces: the text and where each page begins in it.
 * Pure; knows nothing of PDFBox, so it is tested on plain coordinates.
 */
final class PdfLayout {

    /** One glyph as drawn: its text (usually one character), left edge, baseline, advance and size. */
    record Glyph(String text, float x, float y, float width, float size) {
        Glyph {
            requireNonNull(text, "text");
            if (!(size > 0) || width < 0) {
                throw new IllegalArgumentException("glyph '" + text + "' with size " + size + ", width "
                        + width);
            }
        }

        float end() {
            return x + width;
        }
    }

    /** One page: its glyphs and its height (for where running heads and footers sit). */
    record Page(List<Glyph> glyphs, float height) {
        Page {
            glyphs = List.copyOf(glyphs);
        }
    }

    /** The laid-out text, where page 1, 2, … begins in it, and the lines removed as running chrome. */
    record Result(String text, int[] pageStarts, List<String> removedLines) {
    }

    /** A gap between glyphs wider than this many font sizes separates table cells (or columns). */
    private static final float CELL_GAP = 1.5f;
    /** Between two Han characters a gap this wide is written as a space (spaced-out titles). */
    private static final float HAN_SPACE = 0.5f;
    /** Between other characters, a gap this wide is a word space. */
    private static final float WORD_SPACE = 0.15f;
    /** Running heads and footers sit within this share of the page height from its top or bottom. */
    private static final float CHROME_BAND = 0.11f;
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—–－‒―~～·•\\s]*(?:第\\s*)?\\d{1,4}\\s*(?:页)?(?:\\s*[/／]\\s*\\d{1,4}|\\s*共\\s*\\d{1,4}\\s*页)?"
                    + "[-—–－‒―~～·•\\s]*|[-—–－‒―\\s]*(?:[ivxlcIVXLC]{1,6})[-—–－‒―\\s]*");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** How numbered headings and items begin ({@code 一、} {@code （二）} {@code 3.} {@code 第四章}). */
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[.、．](?!\\d)"
                    + "|第[一二三四五六七八九十]+[章节条部分])");

    private PdfLayout() {
    }

    static Result layout(List<Page> pages) {
        List<List<Line>> lines = new ArrayList<>();
        for (Page p : pages) {
            lines.add(lines(p.glyphs()));
        }
        List<String> removed = removeChrome(pages, lines);
        Margins margins = Margins.of(lines);
        List<List<Line>> ordered = new ArrayList<>();
        for (List<Line> page : lines) {
            ordered.add(readingOrder(page, margins));
        }
        return write(ordered, removed);
    }

    // ---- lines ----

    /** A line, or one column's part of a line: its glyphs left to right and the block it belongs to. */
    private static final class Line {
        final List<Glyph> glyphs;
        final float y;
        final float size;
        float left;
        float right;
        boolean columnStart;

        Line(List<Glyph> glyphs) {
            this.glyphs = glyphs;
            float[] sizes = new float[glyphs.size()];
            float ys = 0;
            for (int i = 0; i < sizes.length; i++) {
                sizes[i] = glyphs.get(i).size();
                ys += glyphs.get(i).y();
            }
            Arrays.sort(sizes);
            this.size = sizes[sizes.length / 2];
            this.y = ys / sizes.length;
        }

        float x0() {
            return glyphs.get(0).x();
        }

        float x1() {
            return glyphs.get(glyphs.size() - 1).end();
        }

        /** The gap most pairs of neighbours have: the letter spacing of a justified line, else 0. */
        float spacing() {
            if (glyphs.size() < 6) {
                return 0;
            }
            float[] gaps = new float[glyphs.size() - 1];
            for (int i = 1; i < glyphs.size(); i++) {
                gaps[i - 1] = gap(i);
            }
            Arrays.sort(gaps);
            return Math.max(0, gaps[gaps.length / 2]);
        }

        int cells() {
            float spacing = spacing();
            int n = 1;
            for (int i = 1; i < glyphs.size(); i++) {
                if (gap(i) - spacing > CELL_GAP * size) {
                    n++;
                }
            }
            return n;
        }

        float gap(int i) {
            return glyphs.get(i).x() - glyphs.get(i - 1).end();
        }

        String text() {
            float spacing = spacing();
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < glyphs.size(); i++) {
                String t = glyphs.get(i).text();
                if (i > 0 && s.length() > 0 && !t.isEmpty()) {
                    float gap = gap(i) - spacing;
                    boolean han = isHan(s.charAt(s.length() - 1)) && isHan(t.charAt(0));
                    if (gap > (han ? HAN_SPACE : WORD_SPACE) * size) {
                        s.append(' ');
                    }
                }
                s.append(t);
            }
            return s.toString();
        }

        Line[] split(float at) {
            List<Glyph> left = new ArrayList<>();
            List<Glyph> right = new ArrayList<>();
            for (Glyph g : glyphs) {
                (g.x() + g.width() / 2 < at ? left : right).add(g);
            }
            return new Line[] {left.isEmpty() ? null : new Line(left),
                right.isEmpty() ? null : new Line(right)};
        }

        boolean covers(float x) {
            for (Glyph g : glyphs) {
                if (g.x() <= x && x <= g.end()) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Glyphs grouped by baseline into lines, top to bottom; spaces dropped (gaps stand for them). */
    private static List<Line> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>();
        for (Glyph g : glyphs) {
            if (!g.text().isBlank()) {
                sorted.add(g);
            }
        }
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<Line> lines = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float baseline = 0;
        for (Glyph g : sorted) {
            if (!current.isEmpty() && Math.abs(g.y() - baseline) > 0.4f * g.size()) {
                lines.add(line(current));
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                baseline = g.y();
            }
            current.add(g);
        }
        if (!current.isEmpty()) {
            lines.add(line(current));
        }
        return lines;
    }

    private static Line line(List<Glyph> glyphs) {
        glyphs.sort(Comparator.comparingDouble(Glyph::x));
        return new Line(glyphs);
    }

    // ---- running heads, footers, page numbers ----

    /**
     * Removes from the top and bottom two lines of each page those that are page numbers, or whose text
     * (digits aside) comes back in the same place on at least two pages and 40% of them.
     */
    private static List<String> removeChrome(List<Page> pages, List<List<Line>> lines) {
        Map<String, Integer> seen = new HashMap<>();
        for (int p = 0; p < lines.size(); p++) {
            Set<String> keys = new HashSet<>();
            for (Line l : candidates(lines.get(p), pages.get(p).height())) {
                keys.add(key(l));
            }
            keys.forEach(k -> seen.merge(k, 1, Integer::sum));
        }
        int pagesNeeded = Math.max(2, (int) Math.ceil(0.4 * lines.size()));
        List<String> removed = new ArrayList<>();
        for (int p = 0; p < lines.size(); p++) {
            List<Line> page = lines.get(p);
            for (Line l : candidates(page, pages.get(p).height())) {
                String text = l.text();
                if (PAGE_NUMBER.matcher(text).matches() || seen.get(key(l)) >= pagesNeeded) {
                    page.remove(l);
                    removed.add(text);
                }
            }
        }
        return removed;
    }

    /** The top and bottom two lines of a page that lie in its head or foot band. */
    private static List<Line> candidates(List<Line> page, float height) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < page.size(); i++) {
            Line l = page.get(i);
            boolean end = i < 2 || i >= page.size() - 2;
            if (end && (l.y < CHROME_BAND * height || l.y > (1 - CHROME_BAND) * height)) {
                out.add(l);
            }
        }
        return out;
    }

    private static String key(Line l) {
        return DIGITS.matcher(l.text().replaceAll("\\s+", "")).replaceAll("#");
    }

    // ---- columns ----

    /** The left and right text edges of full-width lines over the whole document. */
    private record Margins(float left, float right) {
        static Margins of(List<List<Line>> pages) {
            Map<Integer, Integer> starts = new HashMap<>();
            float right = 0;
            for (List<Line> page : pages) {
                for (Line l : page) {
                    starts.merge(Math.round(l.x0()), 1, Integer::sum);
                    right = Math.max(right, l.x1());
                }
            }
            int left = starts.entrySet().stream()
                    .max(Map.Entry.<Integer, Integer>comparingByValue()
                            .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse(0);
            return new Margins(left, right);
        }
    }

    /** The page's lines in reading order: a two-column region left column first, then the right. */
    private static List<Line> readingOrder(List<Line> page, Margins margins) {
        for (Line l : page) {
            l.left = margins.left();
            l.right = margins.right();
        }
        float gutter = gutter(page);
        if (Float.isNaN(gutter)) {
            return page;
        }
        List<Line> out = new ArrayList<>();
        List<Line> region = new ArrayList<>();
        for (Line l : page) {
            if (l.covers(gutter)) {
                flushRegion(region, gutter, out);
                out.add(l);
            } else {
                region.add(l);
            }
        }
        flushRegion(region, gutter, out);
        return out;
    }

    /** A vertical strip of the page's middle that at most 5% of its lines cross, or NaN. */
    private static float gutter(List<Line> page) {
        if (page.size() < 6) {
            return Float.NaN;
        }
        float left = Float.MAX_VALUE;
        float right = 0;
        float[] sizes = new float[page.size()];
        for (int i = 0; i < page.size(); i++) {
            left = Math.min(left, page.get(i).x0());
            right = Math.max(right, page.get(i).x1());
            sizes[i] = page.get(i).size;
        }
        Arrays.sort(sizes);
        float em = sizes[sizes.length / 2];
        float width = right - left;
        float bestStart = Float.NaN;
        float bestWidth = 0;
        float runStart = Float.NaN;
        for (float x = left + 0.3f * width; x <= left + 0.7f * width; x += 0.5f) {
            int crossing = 0;
            for (Line l : page) {
                if (l.covers(x)) {
                    crossing++;
                }
            }
            if (crossing <= 0.05 * page.size()) {
                if (Float.isNaN(runStart)) {
                    runStart = x;
                }
                if (x - runStart > bestWidth) {
                    bestWidth = x - runStart;
                    bestStart = runStart;
                }
            } else {
                runStart = Float.NaN;
            }
        }
        return bestWidth >= 0.8f * em ? bestStart + bestWidth / 2 : Float.NaN;
    }

    /**
     * Writes a run of lines that do not cross the gutter: column by column when at least three have text
     * on both sides and most left parts fill their column (text, not a table with a gap there; the right
     * column of a last page may be short), else as they are.
     */
    private static void flushRegion(List<Line> region, float gutter, List<Line> out) {
        if (region.isEmpty()) {
            return;
        }
        List<Line> leftParts = new ArrayList<>();
        List<Line> rightParts = new ArrayList<>();
        int both = 0;
        for (Line l : region) {
            Line[] parts = l.split(gutter);
            if (parts[0] != null) {
                leftParts.add(parts[0]);
            }
            if (parts[1] != null) {
                rightParts.add(parts[1]);
            }
            if (parts[0] != null && parts[1] != null) {
                both++;
            }
        }
        float leftEdge = edge(leftParts);
        int filled = 0;
        for (Line l : leftParts) {
            if (l.x1() >= leftEdge - 3 * l.size) {
                filled++;
            }
        }
        if (both < 3 || filled < 0.5 * leftParts.size()) {
            out.addAll(region);
        } else {
            out.addAll(column(leftParts));
            out.addAll(column(rightParts));
        }
        region.clear();
    }

    private static float edge(List<Line> lines) {
        float right = 0;
        for (Line l : lines) {
            right = Math.max(right, l.x1());
        }
        return right;
    }

    /** A column's lines with the column's own edges: left where most lines start, right the widest. */
    private static List<Line> column(List<Line> parts) {
        Margins m = Margins.of(List.of(parts));
        for (Line l : parts) {
            l.left = m.left();
            l.right = m.right();
        }
        if (!parts.isEmpty()) {
            parts.get(0).columnStart = true;
        }
        return parts;
    }

    // ---- paragraphs ----

    private static Result write(List<List<Line>> pages, List<String> removed) {
        StringBuilder out = new StringBuilder();
        int[] starts = new int[pages.size()];
        Line previous = null;
        for (int p = 0; p < pages.size(); p++) {
            List<Line> page = pages.get(p);
            for (int i = 0; i < page.size(); i++) {
                Line line = page.get(i);
                String text = line.text();
                boolean pageTop = i == 0;
                if (previous != null) {
                    if (continues(previous, line, pageTop || line.columnStart)
                            && !NUMBERED.matcher(text).find()) {
                        join(out, text);
                    } else {
                        out.append('\n');
                    }
                }
                if (pageTop) {
                    starts[p] = out.length();
                }
                out.append(text);
                previous = line;
            }
            if (page.isEmpty()) {
                starts[p] = out.length();
            }
        }
        return new Result(out.toString(), starts, removed);
    }

    /**
     * Whether {@code next} goes on the paragraph of {@code line}: both plain text of one size, the
     * line reaching its right edge, the next not indented and not far below (unless it starts a new page
     * or column).
     */
    private static boolean continues(Line line, Line next, boolean newBlock) {
        if (line.cells() > 1 || next.cells() > 1 || Math.abs(line.size - next.size) > 0.15f * line.size) {
            return false;
        }
        boolean full = line.x1() >= line.right - 1.2f * line.size;
        boolean indented = next.x0() > next.left + 0.6f * next.size;
        float below = next.y - line.y;
        boolean near = newBlock || below > 0 && below <= 2.2f * line.size;
        return full && !indented && near;
    }

    private static void join(StringBuilder out, String next) {
        int n = out.length();
        char last = n == 0 ? ' ' : out.charAt(n - 1);
        char first = next.isEmpty() ? ' ' : next.charAt(0);
        if (last == '-' && n > 1 && Character.isLetter(out.charAt(n - 2)) && Character.isLowerCase(first)) {
            out.setLength(n - 1);
        } else if (isLatin(last) && isLatin(first)) {
            out.append(' ');
        }
    }

    private static boolean isLatin(char c) {
        return c < 0x0250 && Character.isLetterOrDigit(c);
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                || c >= '\u3000' && c <= '\u303F' || c >= '\uFF00' && c <= '\uFFEF';
    }
}
