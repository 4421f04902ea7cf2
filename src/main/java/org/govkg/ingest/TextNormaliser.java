package org.govkg.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Character-level normalisation that keeps one normalised character per original character where it
 * can: line endings unified to {@code \n}; invisible characters dropped (zero-width characters, BOMs,
 * bidirectional controls such as U+202E and every other format character, control characters but tab
 * and line ends, lone surrogates); a run of U+FFFD (bytes the decoder could not read) made a line break,
 * so that no name runs across the damage; ideographic and
 * no-break spaces made plain spaces, full-width ASCII digits and letters made ASCII, trailing blanks of
 * lines removed, runs of blank lines cut to one, no
 * white space at the start or end of the text. Punctuation keeps its width (Chinese punctuation
 * carries meaning for the later stages).
 */
final class TextNormaliser {

    private TextNormaliser() {
    }

    static MappedText normalise(MappedText in) {
        String s = in.text();
        MappedText.Builder out = in.builder();
        int newlines = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    continue;
                }
                c = '\n';
            }
            if (c == '\uFEFF' || c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\u00AD') {
                continue;
            }
            if (Character.isSurrogate(c)) {
                int cp = s.codePointAt(i);
                if (Character.isSupplementaryCodePoint(cp) && !invisible(cp)) {
                    out.append(c, i).append(s.charAt(i + 1), i + 1);
                    newlines = 0;
                }
                // a format character outside the BMP (tags, U+1D173...) or a lone surrogate: dropped
                i += Character.isSupplementaryCodePoint(cp) ? 1 : 0;
                continue;
            }
            if (invisible(c)) {
                continue;
            }
            if (c == '\uFFFD') {
                while (i + 1 < s.length() && s.charAt(i + 1) == '\uFFFD') {
                    i++;
                }
                c = '\n';
            }
            if (c == '\u3000' || c == '\u00A0' || c == '\u2002' || c == '\u2003' || c == '\u2009') {
                c = ' ';
            } else if (c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF21' && c <= '\uFF3A'
                    || c >= '\uFF41' && c <= '\uFF5A') {
                c = (char) (c - 0xFEE0);
            }
            if (out.length() == 0 && Character.isWhitespace(c)) {
                continue;
            }
            if (c == '\n') {
                out.trimTrailingBlanks();
                newlines++;
                if (newlines > 2 || out.length() == 0) {
                    continue;
                }
            } else {
                newlines = 0;
            }
            out.append(c, i);
        }
        out.trimTrailingWhitespace();
        return joinBrokenQuotes(curlyQuotes(out.build()));
    }

    /**
     * Characters that carry no text: format characters (bidi controls, zero-width marks, invisible
     * operators, tags) and control characters other than tab, line feed, form feed and carriage return.
     */
    static boolean invisible(int cp) {
        int type = Character.getType(cp);
        if (type == Character.FORMAT) {
            return true;
        }
        return type == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f';
    }

    /** The longest text between two straight quotes that {@link #curlyQuotes} reads as a quotation. */
    private static final int QUOTED_MAX = 40;

    /**
     * Straight double quotes used as Chinese quotation marks ({@code 落实"三高四新"战略}, as pages typed
     * on ASCII keyboards have them) become “ and ”, one character for one: in a line with an even number
     * of {@code "}, each pair in turn whose text is short, holds a Chinese character and touches one.
     */
    static MappedText curlyQuotes(MappedText in) {
        String s = in.text();
        if (s.indexOf('"') < 0) {
            return in;
        }
        char[] out = s.toCharArray();
        boolean changed = false;
        int lineStart = 0;
        while (lineStart < s.length()) {
            int lineEnd = s.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = s.length();
            }
            List<Integer> marks = new ArrayList<>();
            for (int k = lineStart; k < lineEnd; k++) {
                if (s.charAt(k) == '"') {
                    marks.add(k);
                }
            }
            if (marks.size() % 2 == 0) {
                for (int m = 0; m < marks.size(); m += 2) {
                    int open = marks.get(m);
                    int close = marks.get(m + 1);
                    String inside = s.substring(open + 1, close);
                    boolean touchesHan = open > 0 && Character.UnicodeScript.of(s.charAt(open - 1))
                            == Character.UnicodeScript.HAN
                            || close + 1 < s.length() && Character.UnicodeScript.of(s.charAt(close + 1))
                            == Character.UnicodeScript.HAN;
                    if (!inside.isEmpty() && inside.length() <= QUOTED_MAX && touchesHan
                            && inside.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                            == Character.UnicodeScript.HAN || Character.isDigit(c))) {
                        out[open] = '“';
                        out[close] = '”';
                        changed = true;
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        if (!changed) {
            return in;
        }
        MappedText.Builder b = in.builder();
        for (int k = 0; k < out.length; k++) {
            b.append(out[k], k);
        }
        return b.build();
    }

    /** How far a line break may stand from the quote marks around it and still be inside a name. */
    private static final int QUOTE_REACH = 12;

    /**
     * Joins lines broken inside a short quoted name, as scraped pages do (开展“八\n\n五”普法 →
     * 开展“八五”普法): a run of line breaks with an unclosed “ shortly before it and its ” shortly
     * after, with no sentence end in between.
     */
    static MappedText joinBrokenQuotes(MappedText in) {
        String s = in.text();
        if (s.indexOf('\n') < 0 || s.indexOf('“') < 0) {
            return in;
        }
        MappedText.Builder out = null;
        int copied = 0;
        int i = s.indexOf('\n');
        while (i >= 0) {
            int j = i;
            while (j < s.length() && (s.charAt(j) == '\n' || s.charAt(j) == ' ')) {
                j++;
            }
            if (insideQuote(s, i, j)) {
                if (out == null) {
                    out = in.builder();
                }
                out.copy(copied, i);
                copied = j;
            }
            i = s.indexOf('\n', j);
        }
        if (out == null) {
            return in;
        }
        out.copy(copied, s.length());
        return out.build();
    }

    private static boolean insideQuote(String s, int breakStart, int breakEnd) {
        int open = s.lastIndexOf('“', breakStart);
        if (open < 0 || breakStart - open > QUOTE_REACH || s.lastIndexOf('”', breakStart) > open) {
            return false;
        }
        for (int k = open + 1; k < breakStart; k++) {
            if ("。！？；\n".indexOf(s.charAt(k)) >= 0) {
                return false;
            }
        }
        for (int k = breakEnd; k < Math.min(s.length(), breakEnd + QUOTE_REACH); k++) {
            char c = s.charAt(k);
            if (c == '”') {
                return k > breakEnd;
            }
            if ("。！？；“\n".indexOf(c) >= 0) {
                return false;
            }
        }
        return false;
    }
}
