package org.govkg.nlp;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Tag families against exact tags. */
class PosTest {

    @Test
    void familiesAndExactTags() {
        Pos ntc = new Pos("ntc");
        assertTrue(ntc.isOrganization());
        assertFalse(ntc.is(Pos.ORGANIZATION));
        assertTrue(ntc.isProperName());
        assertTrue(new Pos("nx").isProperName());
        assertFalse(Pos.PLACE.isProperName());
        assertTrue(new Pos("nsf").isPlace());
        assertTrue(Pos.VERBAL_NOUN.isVerb());
        assertTrue(new Pos("wd").isPunctuation());
    }
}
