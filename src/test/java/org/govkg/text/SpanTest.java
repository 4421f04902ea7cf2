package org.govkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpanTest {

    @Test
    void coversTextAndOrders() {
        Span s = new Span(2, 5);
        assertEquals("清城区", s.of("清远清城区石角镇"));
        assertTrue(new Span(0, 8).contains(s));
        assertTrue(new Span(0, 3).compareTo(s) < 0);
    }

    @Test
    void rejectsBackwardSpan() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Span(5, 2));
        assertTrue(e.getMessage().contains("[5, 2)"));
    }
}
