package org.govkg.extract;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A relation the text states between two mentions of the same {@link Extraction}.
 *
 * @param kind       what is stated
 * @param subject    index of the subject mention in {@link Extraction#mentions()}
 * @param object     index of the object mention
 * @param sentence   the sentence stating it
 * @param attributes qualifiers ({@link Attr#DESIGNATION}, {@link Attr#BATCH}, {@link Attr#YEAR})
 */
public record Relation(RelationKind kind, int subject, int object, int sentence,
                       SortedMap<Attr, String> attributes) {
    public Relation {
        requireNonNull(kind, "kind");
        if (subject < 0 || object < 0) {
            throw new IllegalArgumentException("relation " + kind + " with mention index " + subject
                    + " -> " + object);
        }
        attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
    }
}
