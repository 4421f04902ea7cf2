package org.govkg.extract;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.govkg.text.Span;

/**
 * A reported figure: one indicator's value for a region and period.
 *
 * @param indicator  key of the indicator in the controlled list (e.g. {@code gdp})
 * @param region     index of the region's mention in {@link Extraction#mentions()}, or -1 for the
 *                   document's subject region
 * @param period     {@code 2025}, {@code 2025-H1}, {@code 2025-Q1}
 * @param value      the value in {@code unit}, when stated
 * @param unit       normalised unit ({@code 亿元}, {@code %}, {@code 万人次} …), when a value is stated
 * @param growth     growth rate in percent (negative for 下降), when stated
 * @param basis      {@code yoy} (同比), {@code comparable} (可比) or empty
 * @param measure    {@code actual} or {@code target}
 * @param text       the original text of the figure
 * @param span       where it is stated
 * @param sentence   the sentence stating it
 */
public record Figure(String indicator, int region, String period, Optional<BigDecimal> value,
                     Optional<String> unit, Optional<BigDecimal> growth, Optional<String> basis,
                     String measure, String text, Span span, int sentence) {
    public Figure {
        requireNonNull(indicator, "indicator");
        requireNonNull(period, "period");
        requireNonNull(value, "value");
        requireNonNull(unit, "unit");
        requireNonNull(growth, "growth");
        requireNonNull(basis, "basis");
        requireNonNull(measure, "measure");
        requireNonNull(text, "text");
        requireNonNull(span, "span");
        if (value.isEmpty() && growth.isEmpty()) {
            throw new IllegalArgumentException("figure " + indicator + " '" + text
                    + "' has no value or growth");
        }
    }
}
