package org.govkg.text;

/** Which characters are Han (Chinese) characters: the Unicode script HAN, as every stage counts them. */
public final class Han {

    private Han() {
    }

    /** True when {@code c} belongs to the Unicode script HAN. */
    public static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /**
     * True when {@code c} lies in the CJK ideograph blocks (U+3400–U+9FFF, U+F900–U+FAFF), assigned or not:
     * the test by code range that charset detection and mojibake repair score decodings with.
     */
    public static boolean inIdeographBlocks(char c) {
        return c >= '\u3400' && c <= '\u9fff' || c >= '\uf900' && c <= '\ufaff';
    }

    /** True when {@code codePoint} belongs to the Unicode script HAN. */
    public static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
