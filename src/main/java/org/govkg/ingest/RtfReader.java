package org.govkg.ingest;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govkg.text.DocumentProperties;

/**
 * Reads RTF — what many sites serve as ".doc", and what some converters write — by its syntax: groups,
 * control words, {@code \'hh} bytes in the document's code page ({@code \ansicpg936} is GBK) and
 * <code>&#92;uN</code> characters with their fallbacks skipped. Paragraphs ({@code \par}) become lines, table
 * rows ({@code \row}) lines with their cells a space apart; font tables, style sheets, pictures,
 * headers, footers, footnotes, comments and field instructions are left out. Title, author and creation
 * date come from the {@code \info} group; a page begins after each {@code \page}.
 */
final class RtfReader {

    /** Destinations whose content is not the document's text. */
    private static final Set<String> SKIPPED = Set.of("fonttbl", "colortbl", "stylesheet", "pict", "object",
            "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "footnote",
            "annotation", "fldinst", "themedata", "colorschememapping", "latentstyles", "datastore",
            "xmlnstbl", "listtable", "listoverridetable", "rsidtbl", "generator", "filetbl", "revtbl",
            "pgdsctbl", "bkmkstart", "bkmkend", "shp", "shpinst", "nonshppict", "xe", "tc", "operator",
            "company", "comment", "keywords", "subject", "doccomm", "category", "manager", "hlinkbase");
    private static final Map<String, String> SYMBOLS = Map.ofEntries(Map.entry("emdash", "—"),
            Map.entry("endash", "–"), Map.entry("lquote", "‘"), Map.entry("rquote", "’"),
            Map.entry("ldblquote", "“"), Map.entry("rdblquote", "”"), Map.entry("bullet", "•"),
            Map.entry("tab", " "), Map.entry("cell", " "), Map.entry("nestcell", " "),
            Map.entry("emspace", " "), Map.entry("enspace", " "), Map.entry("qmspace", " "));

    private RtfReader() {
    }

    /** A group: skipped or not, where its text goes, how many fallbacks follow <code>&#92;u</code>. */
    private static final class Group {
        boolean skip;
        int unicodeSkip = 1;
        StringBuilder target;
        String field;

        Group copy() {
            Group g = new Group();
            g.skip = skip;
            g.unicodeSkip = unicodeSkip;
            g.target = target;
            g.field = field;
            return g;
        }
    }

    static ExtractedText read(Path path, byte[] bytes) throws IngestException {
        try {
            return parse(new String(bytes, StandardCharsets.ISO_8859_1));
        } catch (RuntimeException e) {
            throw new IngestException(path, "damaged RTF document: " + IngestException.describe(e), e);
        }
    }

    private static ExtractedText parse(String s) {
        StringBuilder out = new StringBuilder();
        StringBuilder title = new StringBuilder();
        StringBuilder author = new StringBuilder();
        int[] created = new int[3];
        List<Integer> breaks = new ArrayList<>();
        Charset codePage = Charset.forName("windows-1252");
        Deque<Group> stack = new ArrayDeque<>();
        Group g = new Group();
        g.target = out;
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        int pendingSkip = 0;
        boolean first = true;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < n && s.charAt(i + 1) == '\'' && i + 3 < n) {
                int b = Integer.parseInt(s.substring(i + 2, i + 4), 16);
                i += 4;
                if (pendingSkip > 0) {
                    pendingSkip--;
                } else if (!g.skip) {
                    pending.write(b);
                }
                continue;
            }
            flush(pending, codePage, g);
            if (c == '{') {
                stack.push(g);
                g = g.copy();
                first = true;
                i++;
                continue;
            }
            if (c == '}') {
                if (stack.isEmpty()) {
                    break;
                }
                g = stack.pop();
                first = false;
                i++;
                continue;
            }
            if (c == '\\' && i + 1 < n) {
                char d = s.charAt(i + 1);
                if (!Character.isLetter(d) || d > 'z') {
                    i += 2;
                    pendingSkip = 0;
                    if (d == '*') {
                        g.skip = true;
                    } else if (d == '\\' || d == '{' || d == '}') {
                        append(g, String.valueOf(d));
                    } else if (d == '~') {
                        append(g, " ");
                    } else if (d == '_') {
                        append(g, "-");
                    } else if (d == '\n' || d == '\r') {
                        append(g, "\n");
                    }
                    first = false;
                    continue;
                }
                int start = i + 1;
                int end = start;
                while (end < n && Character.isLetter(s.charAt(end)) && s.charAt(end) <= 'z') {
                    end++;
                }
                String word = s.substring(start, end);
                int paramStart = end;
                if (end < n && (s.charAt(end) == '-' || Character.isDigit(s.charAt(end)))) {
                    end++;
                    while (end < n && Character.isDigit(s.charAt(end))) {
                        end++;
                    }
                }
                Integer param = end > paramStart ? parseInt(s.substring(paramStart, end)) : null;
                if (end < n && s.charAt(end) == ' ') {
                    end++;
                }
                i = end;
                pendingSkip = 0;
                boolean destination = first;
                first = false;
                if (destination && SKIPPED.contains(word)) {
                    g.skip = true;
                    continue;
                }
                switch (word) {
                    case "ansicpg" -> codePage = codePage(param, codePage);
                    case "uc" -> g.unicodeSkip = param == null ? 1 : Math.max(0, param);
                    case "u" -> {
                        if (param != null) {
                            append(g, String.valueOf((char) (param < 0 ? param + 65536 : param)));
                            pendingSkip = g.unicodeSkip;
                        }
                    }
                    case "par", "line", "sect", "row", "nestrow" -> append(g, "\n");
                    case "page" -> {
                        if (!g.skip && g.target == out) {
                            breaks.add(out.length());
                        }
                    }
                    case "title" -> g.target = title;
                    case "author" -> g.target = author;
                    case "creatim" -> g.field = "creatim";
                    case "yr", "mo", "dy" -> {
                        if ("creatim".equals(g.field) && param != null) {
                            created[word.equals("yr") ? 0 : word.equals("mo") ? 1 : 2] = param;
                        }
                    }
                    case "info" -> g.target = new StringBuilder();
                    default -> {
                        String symbol = SYMBOLS.get(word);
                        if (symbol != null) {
                            append(g, symbol);
                        }
                    }
                }
                continue;
            }
            i++;
            first = false;
            if (c == '\r' || c == '\n') {
                continue;
            }
            if (pendingSkip > 0) {
                pendingSkip--;
                continue;
            }
            if (!g.skip) {
                if (c < 0x80) {
                    g.target.append(c);
                } else {
                    pending.write(c);
                }
            }
        }
        flush(pending, codePage, g);
        int[] starts = new int[breaks.size() + 1];
        for (int k = 0; k < breaks.size(); k++) {
            starts[k + 1] = breaks.get(k);
        }
        String date = created[0] > 0 && created[1] > 0 && created[2] > 0
                ? String.format("%04d-%02d-%02d", created[0], created[1], created[2]) : null;
        return new ExtractedText("RTF", out.toString(), new Pages(starts),
                DocumentProperties.of(title.toString(), author.toString(), date), List.of());
    }

    private static Integer parseInt(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Charset codePage(Integer param, Charset current) {
        if (param == null) {
            return current;
        }
        String name = param == 936 ? "GBK" : param == 950 ? "Big5" : param == 65001 ? "UTF-8"
                : "windows-" + param;
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return current;
        }
    }

    private static void append(Group g, String text) {
        if (!g.skip) {
            g.target.append(text);
        }
    }

    /** Decodes the code-page bytes gathered so far (a double-byte character comes as two {@code \'hh}). */
    private static void flush(ByteArrayOutputStream pending, Charset codePage, Group g) {
        if (pending.size() > 0) {
            if (!g.skip) {
                g.target.append(new String(pending.toByteArray(), codePage));
            }
            pending.reset();
        }
    }
}
