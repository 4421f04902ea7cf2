package org.govkg.extract;

import java.util.ArrayList;
import java.util.List;

/** What extractors found in one document. Relation indices refer to {@link #mentions()}. */
public record Extraction(List<Mention> mentions, List<Relation> relations, List<Figure> figures) {
    public Extraction {
        mentions = List.copyOf(mentions);
        relations = List.copyOf(relations);
        figures = List.copyOf(figures);
        for (Relation r : relations) {
            if (r.subject() >= mentions.size() || r.object() >= mentions.size()) {
                throw new IllegalArgumentException("relation " + r + " outside " + mentions.size()
                        + " mentions");
            }
        }
    }

    public static Extraction of(List<Mention> mentions) {
        return new Extraction(mentions, List.of(), List.of());
    }

    /** This extraction with {@code more} relations between its mentions. */
    public Extraction withRelations(List<Relation> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Relation> all = new ArrayList<>(relations);
        all.addAll(more);
        return new Extraction(mentions, all, figures);
    }

    /** Concatenates extractions, shifting relation and figure indices. */
    public static Extraction concat(List<Extraction> parts) {
        List<Mention> mentions = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        for (Extraction part : parts) {
            int base = mentions.size();
            mentions.addAll(part.mentions());
            for (Relation r : part.relations()) {
                relations.add(new Relation(r.kind(), r.subject() + base, r.object() + base, r.sentence(),
                        r.attributes()));
            }
            for (Figure f : part.figures()) {
                figures.add(new Figure(f.indicator(), f.region() < 0 ? -1 : f.region() + base, f.period(),
                        f.value(), f.unit(), f.growth(), f.basis(), f.measure(), f.text(), f.span(),
                        f.sentence()));
            }
        }
        return new Extraction(mentions, relations, figures);
    }
}
