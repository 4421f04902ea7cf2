package org.govkg.text;

import static java.util.Objects.requireNonNull;

/**
 * One entry of a glossary or notes block ({@code 15. “三铁工程”：指…}, {@code 〔1〕X:指…}).
 *
 * @param marker         the entry's number as written ({@code 15}, {@code 〔1〕}), or empty
 * @param term           the defined term, quotation marks removed
 * @param definition     the definition as written, marker removed
 * @param termSpan       where the term is written
 * @param definitionSpan where the definition is written
 */
public record GlossaryEntry(String marker, String term, String definition, Span termSpan,
                            Span definitionSpan) {
    public GlossaryEntry {
        requireNonNull(marker, "marker");
        requireNonNull(term, "term");
        requireNonNull(definition, "definition");
        requireNonNull(termSpan, "termSpan");
        requireNonNull(definitionSpan, "definitionSpan");
    }
}
