package org.govkg.text;

import static java.util.Objects.requireNonNull;

/**
 * A sentence (ending in 。！？；or the end of its paragraph).
 *
 * @param index     position in the document, from 0
 * @param span      its characters in the normalised text
 * @param paragraph index of its paragraph
 * @param section   index of the innermost enclosing section, or -1
 */
public record Sentence(int index, Span span, int paragraph, int section) {
    public Sentence {
        requireNonNull(span, "span");
    }
}
