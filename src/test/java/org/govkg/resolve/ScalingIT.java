package org.govkg.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.govkg.extract.EntityType;
import org.govkg.extract.Mention;
import org.govkg.text.Span;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the resolvers are near-linear in the number of mentions (a 16 MB report took 293 s in
 * {@link EntityResolver#nestedPlaces}, which compared every place with every mention). Doubling the input
 * may at most a little more than double the time: the ratio of the fastest runs is checked, no wall clock.
 */
class ScalingIT {

    /** A report's worth of mentions: a project name holding a short place form, then a place of its own. */
    private static List<Mention> mentions(int n) {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int at = i * 20;
            out.add(new Mention(EntityType.Project, "清远长隆项目", "清远长隆项目", new Span(at, at + 6), i));
            out.add(new Mention(EntityType.Place, "清远", "清远", new Span(at, at + 2), i));
            out.add(new Mention(EntityType.Place, "英德市", "英德市", new Span(at + 10, at + 13), i));
        }
        return out;
    }

    private static double seconds(List<Mention> m) {
        long t0 = System.nanoTime();
        EntityResolver.nestedPlaces(m);
        return (System.nanoTime() - t0) / 1e9;
    }

    @Test
    void nestedPlacesIsNearLinear() {
        List<Mention> small = mentions(120_000);
        List<Mention> large = mentions(240_000);
        assertEquals(120_000, EntityResolver.nestedPlaces(small).size());
        assertEquals(3, EntityResolver.nestedPlaces(small).get(4));
        // warm up on both (the JIT), then the fastest of five runs each, interleaved: the least disturbed by
        // the load on the machine and the collector
        EntityResolver.nestedPlaces(large);
        double[] runsA = new double[9];
        double[] runsB = new double[9];
        for (int k = 0; k < runsA.length; k++) {
            runsA[k] = seconds(small);
            runsB[k] = seconds(large);
        }
        Arrays.sort(runsA);
        Arrays.sort(runsB);
        double a = runsA[0];
        double b = runsB[0];
        String line = String.format(Locale.ROOT,
                "nestedPlaces: %d mentions %.3f s, %d mentions %.3f s, ratio %.2f",
                small.size(), a, large.size(), b, b / a);
        assertTrue(b / a < 3.0, line);
    }
}
