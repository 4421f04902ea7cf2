package org.govkg.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govkg.text.Han;

/**
 * Removes markup left in text files: stray HTML tags ({@code </span>}, also with their {@code <} lost),
 * Markdown emphasis ({@code **bold**}) and images ({@code ![](http://…/a.jpg)}), superscript wrappers
 * ({@code ^{〔1〕}} keeps {@code 〔1〕}), character references ({@code &nbsp;}, {@code &#8220;}) and
 * pinyin glosses after characters, the text form of ruby markup ({@code 报(bào)告} keeps {@code 报告}).
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
        Matcher m = PINYIN.matcher(s).region(at, Math.min(s.length(), at + 40));
        if (!m.lookingAt()) {
            return -1;
        }
        String g = m.group(1);
        for (int k = 0; k < g.length(); k++) {
            char ch = g.charAt(k);
            if (TONED.indexOf(ch) >= 0 || ch >= '1' && ch <= '5') {
                return m.end();
            }
        }
        return -1;
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
