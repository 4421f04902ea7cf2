package org.govkg.text;

import static java.util.Objects.requireNonNull;

/**
 * A numbered section of a report (一、 / （一） / 1.).
 *
 * @param index   position among the document's sections, from 0
 * @param level   1 for 一、, 2 for （一）, 3 for 1.
 * @param number  the numbering as written, e.g. {@code 一} or {@code （一）}
 * @param heading the heading text without its number
 * @param span    from the start of the heading to the start of the next section of the same or a
 *                higher level (or the end of the text)
 * @param parent  index of the enclosing section, or -1
 */
public record Section(int index, int level, String number, String heading, Span span, int parent) {
    public Section {
        requireNonNull(number, "number");
        requireNonNull(heading, "heading");
        requireNonNull(span, "span");
        if (level < 1) {
            throw new IllegalArgumentException("section level " + level + " < 1");
        }
    }
}
