package org.govkg.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govkg.text.Han;

/**
 * Removes markup left in text files: stray HTML tags ({@code </span>}, also with their {@code <} lost),
 * Markdown emphasis ({@code **bold**}) and images ({@code ![](http://…/a.jpg)}), superscript wrappers
 * ({@code ^{〔1〕}} keeps {@code 〔1〕}), character references ({@code &nbsp;}, {@code &#8220;}) and
 * pinyin glosses after characters, the text form of ruby markup ({@code 报(bào)告} keeps {@code 报告},
 * also with a space before the parenthesis or the tone marks as combining characters). Tags of elements
 * HTML does not know ({@code <textarea>}, {@code <foo-bar x=1>}) go as well; a {@code <} that opens no
 * tag becomes {@code 〈}, so that no name carries a piece of markup.
 * <p>Requires: text (not an HTML page). Produces: the text without markup, offsets kept.
 */
final class MarkupCleaner {

    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\n]{0,200}\\]\\([^)\n]{0,500}\\)");

    private static final String VOWEL = "aeiouüvāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ";
    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ";

    /** One to four pinyin syllables in half- or full-width parentheses, with tone marks or digits. */
    private static final Pattern PINYIN = Pattern.compile("[(（]((?:[bpmfdtnlgkhjqxrzcsyw]|[zcs]h)?["
            + VOWEL + "]{1,3}(?:ng|n|r)?[1-5]?(?: ?(?:[bpmfdtnlgkhjqxrzcsyw]|[zcs]h)?[" + VOWEL
            + "]{1,3}(?:ng|n|r)?[1-5]?){0,3}|[ńňǹḿ]g?)[)）]");

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
                int end = unknownTag(s, i);
                if (end > 0) {
                    i = end;
                    continue;
                }
                out.append('〈', i);
                i++;
                continue;
            } else if (c == '/' && (i == 0 || s.charAt(i - 1) != '<')) {
                int end = orphanCloseTag(s, i);
                if (end > 0) {
                    i = end;
                    continue;
                }
            } else if (c == '!' && i + 1 < s.length() && s.charAt(i + 1) == '[') {
                Matcher m = IMAGE.matcher(s).region(i, s.length());
                if (m.lookingAt()) {
                    i = m.end();
                    continue;
                }
            } else if ((c == '(' || c == '（') && i > 0 && Han.inIdeographBlocks(s.charAt(i - 1))) {
                int end = pinyinGloss(s, i);
                if (end > 0) {
                    i = end;
                    continue;
                }
            } else if (c == ' ' && i > 0 && i + 1 < s.length() && (s.charAt(i + 1) == '('
                    || s.charAt(i + 1) == '（') && Han.inIdeographBlocks(s.charAt(i - 1))) {
                int end = pinyinGloss(s, i + 1);
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

    /**
     * End of a parenthesised pinyin gloss at {@code at}, or -1: toned syllables ({@code (bào)},
     * {@code (qū)}) or numbered ones ({@code (bao4)}); bare Latin words such as {@code (app)} stay.
     */
    private static int pinyinGloss(String s, int at) {
        int close = -1;
        for (int k = at + 1; k < Math.min(s.length(), at + 40); k++) {
            if (s.charAt(k) == ')' || s.charAt(k) == '）') {
                close = k;
                break;
            }
        }
        if (close < 0) {
            return -1;
        }
        // Tone marks typed as combining characters (o + U+0304) and capitals read as the composed forms;
        // a combining mark left over (damaged, or one NFC cannot compose) still marks a tone.
        String composed = Normalizer.normalize(s.substring(at, close + 1), Normalizer.Form.NFC)
                .toLowerCase(Locale.ROOT);
        String inside = composed.replaceAll("[\u0300-\u036F]", "");
        Matcher m = PINYIN.matcher(inside);
        if (!m.matches()) {
            return -1;
        }
        if (inside.length() < composed.length()) {
            return close + 1;
        }
        String g = m.group(1);
        for (int k = 0; k < g.length(); k++) {
            char ch = g.charAt(k);
            if (TONED.indexOf(ch) >= 0 || ch >= '1' && ch <= '5') {
                return close + 1;
            }
        }
        return -1;
    }

    /**
     * End of a tag at {@code at} of an element HTML does not know, or -1: {@code <} or {@code </}, an
     * ASCII letter, then letters, digits, {@code -}, {@code _} or {@code :}, then space, {@code /} or
     * {@code >}, and the tag's end on the same line.
     */
    private static int unknownTag(String s, int at) {
        int i = at + 1;
        if (i < s.length() && s.charAt(i) == '/') {
            i++;
        }
        if (i >= s.length() || !isAsciiLetter(s.charAt(i))) {
            return -1;
        }
        while (i < s.length() && (isAsciiLetter(s.charAt(i)) || s.charAt(i) >= '0' && s.charAt(i) <= '9'
                || "-_:".indexOf(s.charAt(i)) >= 0)) {
            i++;
        }
        if (i >= s.length() || " \t/>".indexOf(s.charAt(i)) < 0) {
            return -1;
        }
        for (int k = i; k < s.length() && k < at + 1024; k++) {
            char ch = s.charAt(k);
            if (ch == '>') {
                return k + 1;
            }
            if (ch == '<' || ch == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
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
