package org.govkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.govkg.lexicon.ResourceLines;

/**
 * Removes page chrome (navigation bars, breadcrumbs, "时间/来源/点击" bars, footers, copyright and ICP
 * lines, redirect banners, print/close widgets) line by line, by the rules in
 * {@code chrome-patterns.txt}, and crawler debris inside lines (field labels such as 标题：, placeholder
 * tokens) by its {@code strip} rules; the fields of a dropped line that its {@code keep} rules match (the
 * publisher 来源：…) stay, each on a line of its own. Used for HTML pages and for text files scraped from them.
 * <p>Requires: normalised text with {@code \n} line ends. Produces: the text without chrome lines and
 * stripped debris, and the number of lines removed (a line left blank by stripping counts).
 */
final class ChromeFilter {

    static final int MAX_CHROME_LINE = 160;

    /**
     * The filtered text, how many non-blank lines were removed, and the lines removed one by one (not
     * those of a footer dropped whole); the page's own bar is among them: 时间: 2024-01-04 来源:本网.
     */
    record Result(MappedText text, int removedLines, List<String> lines) {
        Result {
            lines = List.copyOf(lines);
        }
    }

    private enum Kind { LINE, TAIL, STRIP, KEEP }

    private record Rule(Kind kind, Pattern pattern) {
    }

    private ChromeFilter() {
    }

    static Result filter(MappedText in) {
        String s = in.text();
        MappedText.Builder out = in.builder();
        int removed = 0;
        List<String> lines = new ArrayList<>();
        int tailFrom = s.length() * 2 / 3;
        int start = 0;
        while (start < s.length()) {
            int nl = s.indexOf('\n', start);
            int end = nl < 0 ? s.length() : nl;
            int next = nl < 0 ? s.length() : nl + 1;
            String line = s.substring(start, end).strip();
            Rule rule = line.isEmpty() || line.length() > MAX_CHROME_LINE ? null : match(line);
            if (rule == null) {
                if (!copyStripped(s, start, end, out)) {
                    removed++;
                    lines.add(line);
                    start = next;
                    continue;
                }
                out.copy(end, next);
            } else if (rule.kind() == Kind.TAIL && start >= tailFrom) {
                removed += countNonBlankLines(s, start);
                break;
            } else {
                removed++;
                lines.add(line);
                keepFields(s, start, end, next, out);
            }
            start = next;
        }
        return new Result(out.build(), removed, lines);
    }

    /**
     * Copies line {@code [start, end)} without the matches of the strip rules; false (nothing copied)
     * when that leaves a non-blank line blank.
     */
    private static boolean copyStripped(String s, int start, int end, MappedText.Builder out) {
        String line = s.substring(start, end);
        boolean[] cut = new boolean[line.length()];
        boolean any = false;
        for (Rule r : Holder.STRIP) {
            Matcher m = r.pattern().matcher(line);
            while (m.find()) {
                for (int i = m.start(); i < m.end(); i++) {
                    cut[i] = true;
                    any = true;
                }
            }
        }
        if (!any) {
            out.copy(start, end);
            return true;
        }
        StringBuilder kept = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            if (!cut[i]) {
                kept.append(line.charAt(i));
            }
        }
        if (kept.toString().isBlank() && !line.isBlank()) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            if (!cut[i]) {
                out.append(line.charAt(i), start + i);
            }
        }
        return true;
    }

    /**
     * Copies the matches of the keep rules in dropped line {@code [start, end)}, each on a line of its own:
     * the publisher of a page's bar (来源：某某县发展和改革局 发布时间：…) is part of the report.
     */
    private static void keepFields(String s, int start, int end, int next, MappedText.Builder out) {
        String line = s.substring(start, end);
        for (Rule r : Holder.KEEP) {
            Matcher m = r.pattern().matcher(line);
            while (m.find()) {
                out.copy(start + m.start(), start + m.end());
                if (next > end) {
                    out.copy(end, next);
                }
            }
        }
    }

    private static Rule match(String line) {
        for (Rule r : Holder.RULES) {
            if ((r.kind() == Kind.LINE || r.kind() == Kind.TAIL) && r.pattern().matcher(line).find()) {
                return r;
            }
        }
        return null;
    }

    private static int countNonBlankLines(String s, int from) {
        int n = 0;
        for (String line : s.substring(from).split("\n")) {
            if (!line.isBlank()) {
                n++;
            }
        }
        return n;
    }

    private static final class Holder {
        static final List<Rule> RULES = load();
        static final List<Rule> STRIP = RULES.stream().filter(r -> r.kind() == Kind.STRIP).toList();
        static final List<Rule> KEEP = RULES.stream().filter(r -> r.kind() == Kind.KEEP).toList();

        private static List<Rule> load() {
            List<Rule> rules = new ArrayList<>();
            for (String line : ResourceLines.of("/org/govkg/ingest/chrome-patterns.txt")) {
                String[] cols = line.split("\\s+", 2);
                Kind kind = cols.length != 2 ? null : switch (cols[0]) {
                    case "line" -> Kind.LINE;
                    case "tail" -> Kind.TAIL;
                    case "strip" -> Kind.STRIP;
                    case "keep" -> Kind.KEEP;
                    default -> null;
                };
                if (kind == null) {
                    throw new IllegalStateException("chrome-patterns.txt: bad rule '" + line + "'");
                }
                try {
                    rules.add(new Rule(kind, Pattern.compile(cols[1])));
                } catch (PatternSyntaxException e) {
                    throw new IllegalStateException("chrome-patterns.txt: bad regex '" + cols[1] + "'", e);
                }
            }
            // tail rules first: a footer marker also matches a plain line rule
            rules.sort((a, b) -> Boolean.compare(b.kind() == Kind.TAIL, a.kind() == Kind.TAIL));
            return List.copyOf(rules);
        }
    }
}
