package org.govkg.text;

import java.util.List;

/** The structure of a normalised text; all lists in text order. */
public record TextStructure(List<Section> sections, List<Paragraph> paragraphs, List<Sentence> sentences,
                            List<GlossaryEntry> glossary) {
    public TextStructure {
        sections = List.copyOf(sections);
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
        glossary = List.copyOf(glossary);
    }

    /** The sentence containing offset {@code offset}, or -1. */
    public int sentenceAt(int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Span s = sentences.get(mid).span();
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
