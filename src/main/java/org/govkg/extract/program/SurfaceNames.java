package org.govkg.extract.program;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govkg.text.Quotes;

/**
 * The names a program or term surface spells: the whole surface without quotation marks and note
 * markers, each quoted part, and a quoted part with what follows it when something precedes it
 * ({@code 农村“三块地”改革} → 农村三块地改革, 三块地, 三块地改革; {@code “粤菜师傅”工程} → 粤菜师傅工程,
 * 粤菜师傅).
 */
public final class SurfaceNames {

    /** Note markers as written in bodies and glossaries: 〔1〕, ﹝16﹞, [3], ^{〔1〕}, ^[3]. */
    public static final Pattern MARKER = Pattern.compile("\\^?\\{?[〔﹝\\[【]\\s*(\\d{1,3})\\s*[〕﹞\\]】]\\}?");
    /** Note markers in a body: {@link #MARKER} or a circled number (①…⑳). */
    public static final Pattern NOTE_MARKER = Pattern.compile(MARKER.pattern() + "|[\u2460-\u2473]");
    private static final Pattern QUOTED = Pattern.compile("[“\"「]([^“”\"「」]+)[”\"」]");
    private static final String STRIP = Quotes.ENCLOSING + "*";

    private SurfaceNames() {
    }

    /** {@code surface} without note markers, emphasis, quotation and title marks and whitespace. */
    public static String bare(String surface) {
        String s = MARKER.matcher(surface).replaceAll("");
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().filter(cp -> STRIP.indexOf(cp) < 0 && !Character.isWhitespace(cp)
                && !Character.isSpaceChar(cp)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /** The names {@code surface} spells, the whole bare surface first. */
    public static Set<String> of(String surface) {
        String s = MARKER.matcher(surface).replaceAll("");
        Set<String> names = new LinkedHashSet<>();
        String whole = bare(s);
        if (!whole.isEmpty()) {
            names.add(whole);
        }
        if (s.startsWith("《")) {
            // A document title quoting a program names the document, not the program.
            return names;
        }
        Matcher m = QUOTED.matcher(s);
        while (m.find()) {
            String q = bare(m.group(1));
            if (q.length() < 2) {
                continue;
            }
            names.add(q);
            String tail = bare(s.substring(m.end()));
            if (m.start() > 0 && !tail.isEmpty()) {
                names.add(q + tail);
            }
        }
        return names;
    }
}
