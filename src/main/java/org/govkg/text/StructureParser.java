package org.govkg.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a normalised text into paragraphs (non-empty lines) and sentences.
 * <p>Requires: normalised text. Produces: a {@link TextStructure} with offsets into it.
 */
public final class StructureParser {

    private static final String SENTENCE_END = "。！？；!?;";

    private StructureParser() {
    }

    public static TextStructure parse(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            int s = lineStart;
            int e = lineEnd;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                int p = paragraphs.size();
                paragraphs.add(new Paragraph(p, new Span(s, e), -1));
                int start = s;
                for (int i = s; i < e; i++) {
                    if (SENTENCE_END.indexOf(text.charAt(i)) >= 0 || i == e - 1) {
                        sentences.add(new Sentence(sentences.size(), new Span(start, i + 1), p, -1));
                        start = i + 1;
                    }
                }
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return new TextStructure(List.of(), paragraphs, sentences, GlossaryParser.parse(text));
    }
}
