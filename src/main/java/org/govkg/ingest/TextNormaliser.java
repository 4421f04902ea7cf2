package org.govkg.ingest;

/**
 * Character-level normalisation that keeps one normalised character per original character where it
 * can: line endings unified to {@code \n}, zero-width characters and BOMs dropped, ideographic and
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
        return out.build();
    }
}
