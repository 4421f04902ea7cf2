package org.govkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.govkg.lexicon.ResourceLines;

/**
 * Removes page chrome (navigation bars, breadcrumbs, "时间/来源/点击" bars, footers, copyright and ICP
 * lines, redirect banners, print/close widgets) line by line, by the rules in
 * {@code chrome-patterns.txt}. Used for HTML pages and for text files scraped from them.
 * <p>Requires: normalised text with {@code \n} line ends. Produces: the text without chrome lines and
 * the number of lines removed.
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

    private record Rule(boolean tail, Pattern pattern) {
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
                out.copy(start, next);
            } else if (rule.tail() && start >= tailFrom) {
                removed += countNonBlankLines(s, start);
                break;
            } else {
                removed++;
                lines.add(line);
            }
            start = next;
        }
        return new Result(out.build(), removed, lines);
    }

    private static Rule match(String line) {
        for (Rule r : Holder.RULES) {
            if (r.pattern().matcher(line).find()) {
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

        private static List<Rule> load() {
            List<Rule> rules = new ArrayList<>();
            for (String line : ResourceLines.of("/org/govkg/ingest/chrome-patterns.txt")) {
                String[] cols = line.split("\\s+", 2);
                if (cols.length != 2 || !cols[0].equals("line") && !cols[0].equals("tail")) {
                    throw new IllegalStateException("chrome-patterns.txt: bad rule '" + line + "'");
                }
                try {
                    rules.add(new Rule(cols[0].equals("tail"), Pattern.compile(cols[1])));
                } catch (PatternSyntaxException e) {
                    throw new IllegalStateException("chrome-patterns.txt: bad regex '" + cols[1] + "'", e);
                }
            }
            // tail rules first: a footer marker also matches a plain line rule
            rules.sort((a, b) -> Boolean.compare(b.tail(), a.tail()));
            return List.copyOf(rules);
        }
    }
}
