package org.govkg.text;

import static java.util.Objects.requireNonNull;

/** A non-empty line/paragraph of the normalised text, without surrounding whitespace. */
public record Paragraph(int index, Span span, int section) {
    public Paragraph {
        requireNonNull(span, "span");
    }
}
