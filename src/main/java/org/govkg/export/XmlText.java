package org.govkg.export;

/** Text made safe for XML 1.0 element content and double-quoted attribute values. */
final class XmlText {

    private XmlText() {
    }

    /**
     * Escapes markup characters, writes tab, newline and carriage return as character references (so that
     * attribute values keep them), and replaces what XML 1.0 cannot hold at all (other control characters,
     * lone surrogates, U+FFFE, U+FFFF) with U+FFFD.
     */
    static String escape(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\t' -> "&#9;";
                case '\n' -> "&#10;";
                case '\r' -> "&#13;";
                default -> allowed(s, i) ? null : "\uFFFD";
            };
            if (Character.isHighSurrogate(c) && r == null) {
                // A valid pair: copy both halves.
                if (sb != null) {
                    sb.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            if (r != null && sb == null) {
                sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (sb != null) {
                if (r != null) {
                    sb.append(r);
                } else {
                    sb.append(c);
                }
            }
        }
        return sb == null ? s : sb.toString();
    }

    /** Whether the character at {@code i} (with its low surrogate, if any) is one XML 1.0 allows. */
    private static boolean allowed(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return false;
        }
        return c >= 0x20 && c != 0xFFFE && c != 0xFFFF;
    }
}
