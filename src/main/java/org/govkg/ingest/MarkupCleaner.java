package org.govkg.ingest;

/**
 * Removes markup left in text files: stray HTML tags ({@code </span>}, also with their {@code <} lost),
 * Markdown emphasis ({@code **bold**}), superscript wrappers ({@code ^{〔1〕}} keeps {@code 〔1〕}) and
 * character references ({@code &nbsp;}, {@code &#8220;}).
 * <p>Requires: text (not an HTML page). Produces: the text without markup, offsets kept.
 */
final class MarkupCleaner {

    private MarkupCleaner() {
    }

    static MappedText clean(MappedText in) {
        String s = in.text();
        MappedText.Builder out = in.builder();
        int superscriptDepth = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '<') {
                HtmlText.Tag tag = HtmlText.Tag.at(s, i);
                if (tag != null) {
                    if (Markup.role(tag.name) == Markup.Role.BLOCK && out.length() > 0
                            && out.lastChar() != '\n') {
                        out.append('\n', i);
                    }
                    i = tag.end;
                    continue;
                }
            } else if (c == '/' && (i == 0 || s.charAt(i - 1) != '<')) {
                int end = orphanCloseTag(s, i);
                if (end > 0) {
                    i = end;
                    continue;
                }
            } else if (c == '*' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                i += 2;
                continue;
            } else if (c == '^' && i + 1 < s.length() && s.charAt(i + 1) == '{'
                    && s.indexOf('}', i + 2) > 0) {
                superscriptDepth++;
                i += 2;
                continue;
            } else if (c == '}' && superscriptDepth > 0) {
                superscriptDepth--;
                i++;
                continue;
            } else if (c == '&') {
                Markup.Entity e = Markup.entityAt(s, i);
                if (e != null) {
                    out.replace(i, i + e.length(), e.text());
                    i += e.length();
                    continue;
                }
            } else if (c == '\n') {
                superscriptDepth = 0;
            }
            out.append(c, i);
            i++;
        }
        return out.build();
    }

    /** End of a close tag whose {@code <} was lost ({@code /span>}), or -1. */
    private static int orphanCloseTag(String s, int at) {
        int i = at + 1;
        while (i < s.length() && i < at + 12 && s.charAt(i) < 128 && Character.isLetterOrDigit(s.charAt(i))) {
            i++;
        }
        if (i == at + 1 || i >= s.length() || s.charAt(i) != '>') {
            return -1;
        }
        Markup.Role role = Markup.role(s.substring(at + 1, i));
        return role == Markup.Role.INLINE || role == Markup.Role.BLOCK ? i + 1 : -1;
    }
}
