package org.govkg.text;

import java.text.Normalizer;

/**
 * The one normalisation of names that keys, alias merging and the scorer compare: NFKC, then every
 * whitespace character and every enclosing mark ({@link Quotes#ENCLOSING}) removed. GUIDELINES.md scores
 * with it, so resolution keys and evaluation agree on what "the same name" is.
 */
public final class Names {

    private Names() {
    }

    /**
     * The form of a label: NFKC (as keys are, so that two labels of one key cannot differ by width or
     * compatibility forms), without control and format characters (bidi controls, zero-width marks),
     * stripped.
     */
    public static String label(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        n.codePoints().filter(cp -> Character.getType(cp) != Character.CONTROL
                && Character.getType(cp) != Character.FORMAT).forEach(sb::appendCodePoint);
        return sb.toString().strip();
    }

    /** {@code name} normalised: {@code “百千万工程”} and {@code 百千万 工程} give {@code 百千万工程}. */
    public static String normalise(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder sb = new StringBuilder(n.length());
        n.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
                && Quotes.ENCLOSING.indexOf(cp) < 0).forEach(sb::appendCodePoint);
        return sb.toString();
    }
}
