package org.govkg.text;

import java.util.List;
import java.util.regex.Pattern;
import org.govkg.lexicon.ResourceLines;

/**
 * The marks that number notes and glossary entries, as listed in {@code note-markers.tsv}: bracket
 * pairs around a number ({@code 〔1〕 [1] ［1］ (1)}, also {@code ^[1]} and {@code ^{〔1〕}}) and runs of
 * numbered characters ({@code ① ⑴}).
 * <p>Produces two patterns: {@link #body()} for a marker written after a term, {@link #lineStart()}
 * for one opening an entry line (adds the line-only pairs and {@code 1.} {@code 1、}).
 */
public final class NoteMarkers {

    private static final String RESOURCE = "/org/govkg/text/note-markers.tsv";

    private NoteMarkers() {
    }

    /** A marker written in a body after the term it annotates: 〔1〕, ^[3], ^{〔1〕}, ①, ⑴. */
    public static Pattern body() {
        return Holder.BODY;
    }

    /** A marker opening an entry line: every {@link #body()} marker, the line-only pairs, 1. 1、 1． */
    public static Pattern lineStart() {
        return Holder.LINE_START;
    }

    /** The number a marker as written stands for ({@code 〔12〕} → 12, ⑤ → 5), or empty. */
    public static String number(String marker) {
        String digits = marker.replaceAll("\\D", "");
        if (!digits.isEmpty()) {
            return String.valueOf(Integer.parseInt(digits));
        }
        for (String[] row : Holder.ROWS) {
            if ("numbers".equals(row[2])) {
                for (int i = 0; i < marker.length(); i++) {
                    char c = marker.charAt(i);
                    if (c >= row[0].charAt(0) && c <= row[1].charAt(0)) {
                        return String.valueOf(c - row[0].charAt(0) + 1);
                    }
                }
            }
        }
        return "";
    }

    /** Loaded once, on first use. */
    private static final class Holder {
        static final List<String[]> ROWS = ResourceLines.of(RESOURCE).stream().map(Holder::row).toList();
        static final Pattern BODY = Pattern.compile(alternatives(false));
        static final Pattern LINE_START = Pattern.compile(alternatives(true) + "|\\d{1,3}\\s*[.．、]");

        private static String[] row(String line) {
            String[] r = line.split("\t");
            if (r.length != 3 || !List.of("anywhere", "line", "numbers").contains(r[2].strip())) {
                throw new IllegalStateException(RESOURCE + ": expected 'open<TAB>close<TAB>where' in '"
                        + line + "'");
            }
            return new String[] {r[0].strip(), r[1].strip(), r[2].strip()};
        }

        private static String alternatives(boolean atLineStart) {
            StringBuilder pairs = new StringBuilder();
            StringBuilder ranges = new StringBuilder();
            for (String[] r : ROWS) {
                if ("numbers".equals(r[2])) {
                    ranges.append(r[0]).append('-').append(r[1]);
                } else if (atLineStart || "anywhere".equals(r[2])) {
                    pairs.append(pairs.isEmpty() ? "" : "|").append(Pattern.quote(r[0]))
                            .append("\\s*\\d{1,3}\\s*").append(Pattern.quote(r[1]));
                }
            }
            return "\\^?\\{?(?:" + pairs + ")\\}?" + (ranges.isEmpty() ? "" : "|[" + ranges + "]");
        }
    }
}
