package org.govkg.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {

    private static final Pos N = new Pos("n");
    // 清远 | 大道 | 改造 | 工程 at offsets 10..18
    private static final List<Token> TOKENS = List.of(new Token("清远", N, 10, 12), new Token("大道", N, 12, 14),
            new Token("改造", N, 14, 16), new Token("工程", N, 16, 18));

    @Test
    void findsTheTokenStartingAtAnOffset() {
        assertEquals("大道", Tokens.startingAt(TOKENS, 12).word());
        assertEquals(3, Tokens.indexStartingAt(TOKENS, 16));
        assertNull(Tokens.startingAt(TOKENS, 13));
        assertNull(Tokens.startingAt(TOKENS, 18));
        assertNull(Tokens.startingAt(List.of(), 0));
    }

    @Test
    void findsTheTokensOverlappingARange() {
        assertEquals(List.of("大道", "改造"),
                Tokens.overlapping(TOKENS, 13, 15).stream().map(Token::word).toList());
        assertEquals(List.of("清远"), Tokens.overlapping(TOKENS, 0, 11).stream().map(Token::word).toList());
        assertEquals(List.of(), Tokens.overlapping(TOKENS, 18, 30));
        assertEquals(List.of(), Tokens.overlapping(TOKENS, 14, 14));
        assertEquals(0, Tokens.indexAfter(TOKENS, 0));
        assertEquals(1, Tokens.indexAfter(TOKENS, 12));
        assertEquals(4, Tokens.indexAfter(TOKENS, 18));
    }
}
