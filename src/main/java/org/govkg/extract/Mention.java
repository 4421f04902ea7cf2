package org.govkg.extract;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.govkg.text.Span;

/**
 * One place in a document's normalised text where an entity is named.
 *
 * @param type       the entity type
 * @param surface    the text exactly as it stands at {@code span}
 * @param name       the normalised name this mention proposes (quotes and markers removed,
 *                   simplified); resolution decides the entity
 * @param span       offsets in the normalised text
 * @param sentence   index of the sentence containing it, or -1 (e.g. in a title)
 * @param attributes further facts stated with the mention, keyed by {@link Attr} constants
 */
public record Mention(EntityType type, String surface, String name, Span span, int sentence,
                      SortedMap<Attr, String> attributes) {
    public Mention {
        requireNonNull(type, "type");
        requireNonNull(surface, "surface");
        requireNonNull(name, "name");
        requireNonNull(span, "span");
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank name for " + type + " mention '" + surface + "'");
        }
        attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
    }

    public Mention(EntityType type, String surface, String name, Span span, int sentence) {
        this(type, surface, name, span, sentence, new TreeMap<>());
    }

    /** A copy with one more attribute. */
    public Mention with(Attr key, String value) {
        TreeMap<Attr, String> copy = new TreeMap<>(attributes);
        copy.put(key, value);
        return new Mention(type, surface, name, span, sentence, copy);
    }
}
