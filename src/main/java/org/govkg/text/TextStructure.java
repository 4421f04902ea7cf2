package org.govkg.text;

import java.util.List;

/**
 * The structure of a normalised text; all lists in text order.
 *
 * @param planParts the parts that set out plans rather than review what was done ({@link PlanParts})
 */
public record TextStructure(List<Section> sections, List<Paragraph> paragraphs, List<Sentence> sentences,
                            List<GlossaryEntry> glossary, List<Span> planParts) {
    public TextStructure {
        sections = List.copyOf(sections);
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
        glossary = List.copyOf(glossary);
        planParts = List.copyOf(planParts);
    }

    /** A structure without plan parts. */
    public TextStructure(List<Section> sections, List<Paragraph> paragraphs, List<Sentence> sentences,
                         List<GlossaryEntry> glossary) {
        this(sections, paragraphs, sentences, glossary, List.of());
    }

    /** True when {@code offset} lies in a part that sets out plans. */
    public boolean inPlan(int offset) {
        for (Span s : planParts) {
            if (s.start() <= offset && offset < s.end()) {
                return true;
            }
        }
        return false;
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
