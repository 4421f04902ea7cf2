package org.govkg.ingest;

import java.util.Locale;

/**
 * Turns an HTML page into plain text: elements removed, scripts, styles, comments and chrome containers
 * ({@code nav}, {@code header}, {@code footer}…) dropped with their content, block elements turned into
 * line breaks, runs of white space collapsed, character references decoded. A line whose text all sits
 * inside links (menus, breadcrumbs, footer link lists) is dropped unless it is a heading.
 * <p>Requires: the decoded page. Produces: its text, each character mapped to its place in the page.
 */
final class HtmlText {

    private HtmlText() {
    }

    /** Whether {@code text} looks like an HTML page rather than text with stray tags. */
    static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 2048)).toLowerCase(Locale.ROOT);
        return head.contains("<!doctype html") || head.contains("<html") || head.contains("<body");
    }

    static MappedText toText(MappedText page) {
        String s = page.text();
        MappedText.Builder out = page.builder();
        Line line = new Line();
        int n = s.length();
        int i = 0;
        boolean space = false;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '<') {
                if (s.startsWith("<!--", i)) {
                    int end = s.indexOf("-->", i + 4);
                    i = end < 0 ? n : end + 3;
                    continue;
                }
                Tag tag = Tag.at(s, i);
                if (tag == null) {
                    out.append(c, i);
                    line.text(c);
                    space = false;
                    i++;
                    continue;
                }
                Markup.Role role = Markup.role(tag.name);
                line.track(tag);
                int next = tag.end;
                if (role == Markup.Role.SKIP && !tag.closing && !tag.selfClosing) {
                    next = skipElement(s, tag.name, tag.end);
                    breakLine(out, i, line);
                } else if (role == Markup.Role.BLOCK || role == Markup.Role.SKIP) {
                    breakLine(out, i, line);
                } else if (role == Markup.Role.CELL && !tag.closing) {
                    if (out.length() > 0 && out.lastChar() != '\n' && out.lastChar() != ' ') {
                        out.append(' ', i);
                    }
                }
                space = out.lastChar() == '\n' || out.lastChar() == ' ';
                i = next;
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (!space && out.length() > 0) {
                    out.append(' ', i);
                    space = true;
                }
                i++;
                continue;
            }
            if (c == '&') {
                Markup.Entity e = Markup.entityAt(s, i);
                if (e != null) {
                    boolean blank = e.text().equals(" ");
                    if (!blank || !space) {
                        out.replace(i, i + e.length(), e.text());
                        line.text(e.text().charAt(0));
                    }
                    space = blank;
                    i += e.length();
                    continue;
                }
            }
            out.append(c, i);
            line.text(c);
            space = false;
            i++;
        }
        breakLine(out, n, line);
        return out.build();
    }

    private static void breakLine(MappedText.Builder out, int at, Line line) {
        out.trimTrailingBlanks();
        if (line.linksOnly()) {
            out.truncate(line.start);
            out.trimTrailingBlanks();
        }
        if (out.length() > 0 && out.lastChar() != '\n') {
            out.append('\n', at);
        }
        line.reset(out.length());
    }

    /** What the line being written is made of: text inside links, text outside, inside a heading. */
    private static final class Line {
        int start;
        int anchors;
        int headings;
        boolean linkText;
        boolean plainText;
        boolean heading;

        void track(Tag tag) {
            String name = tag.name.toLowerCase(Locale.ROOT);
            int delta = tag.selfClosing ? 0 : tag.closing ? -1 : 1;
            if (name.equals("a")) {
                anchors = Math.max(0, anchors + delta);
            } else if (name.matches("h[1-3]")) {
                headings = Math.max(0, headings + delta);
            }
        }

        /** Notes a character written; separators such as {@code |} or {@code >} count for neither. */
        void text(char c) {
            if (!Character.isLetterOrDigit(c)) {
                return;
            }
            if (headings > 0) {
                heading = true;
            }
            if (anchors > 0) {
                linkText = true;
            } else {
                plainText = true;
            }
        }

        boolean linksOnly() {
            return linkText && !plainText && !heading;
        }

        void reset(int at) {
            start = at;
            linkText = false;
            plainText = false;
            heading = false;
        }
    }

    /** Index after the close tag of element {@code name} opened before {@code from}, or the end. */
    private static int skipElement(String s, String name, int from) {
        int i = from;
        while (true) {
            int lt = s.indexOf("</", i);
            if (lt < 0) {
                return s.length();
            }
            Tag t = Tag.at(s, lt);
            if (t != null && t.closing && t.name.equalsIgnoreCase(name)) {
                return t.end;
            }
            i = lt + 2;
        }
    }

    /** A start or end tag found at some index. */
    static final class Tag {
        final String name;
        final boolean closing;
        final boolean selfClosing;
        final int end;

        private Tag(String name, boolean closing, boolean selfClosing, int end) {
            this.name = name;
            this.closing = closing;
            this.selfClosing = selfClosing;
            this.end = end;
        }

        /** The tag starting with the {@code <} at {@code at}, if it is one of a known element. */
        static Tag at(String s, int at) {
            int i = at + 1;
            boolean closing = i < s.length() && s.charAt(i) == '/';
            if (closing) {
                i++;
            }
            int nameStart = i;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == ':')
                    && s.charAt(i) < 128) {
                i++;
            }
            if (i == nameStart) {
                if (!closing && s.startsWith("<!", at)) {
                    int gt = s.indexOf('>', at);
                    return gt < 0 ? null : new Tag("!", false, true, gt + 1);
                }
                return null;
            }
            String name = s.substring(nameStart, i);
            if (Markup.role(name) == null) {
                return null;
            }
            int gt = findTagEnd(s, i);
            if (gt < 0) {
                return null;
            }
            boolean selfClosing = s.charAt(gt - 1) == '/';
            return new Tag(name, closing, selfClosing, gt + 1);
        }

        private static int findTagEnd(String s, int from) {
            char quote = 0;
            for (int i = from; i < s.length() && i < from + 4096; i++) {
                char c = s.charAt(i);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '>') {
                    return i;
                } else if (c == '<') {
                    return -1;
                }
            }
            return -1;
        }
    }
}
