package org.govkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.govkg.gazetteer.Gazetteer;
import org.govkg.ingest.Ingestor;
import org.govkg.ingest.SourceDocument;
import org.govkg.nlp.HanlpAnalyzer;
import org.govkg.nlp.Token;
import org.govkg.text.MetadataExtractor;
import org.govkg.text.Paragraph;
import org.govkg.text.Sentence;
import org.govkg.text.Span;
import org.govkg.text.TextStructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: the extractors are near-linear in the length of a sentence. Each pathological input is given
 * as one sentence (no cut at the sentence bound: the algorithm's own cost) at two sizes; doubling it may at
 * most a little more than double the time (the ratio of the fastest of a few runs is checked, never a wall
 * clock). Before the fix these ratios were about 4.
 */
class ScalingIT {

    private static final double MAX_RATIO = 3.0;

    @TempDir
    Path dir;

    /** The document holding {@code text} as one sentence, tokenised in pieces as HanLP would see them. */
    private AnalyzedDocument oneSentence(String name, String text) throws Exception {
        SourceDocument src = new Ingestor().read(Files.writeString(dir.resolve(name), text));
        String t = src.text();
        Span all = new Span(0, t.length());
        TextStructure st = new TextStructure(List.of(), List.of(new Paragraph(0, all, -1)),
                List.of(new Sentence(0, all, 0, -1)), List.of());
        List<Token> tokens = new ArrayList<>();
        HanlpAnalyzer hanlp = HanlpAnalyzer.forThisThread();
        for (int at = 0; at < t.length(); at += 500) {
            int end = Math.min(t.length(), at + 500);
            tokens.addAll(hanlp.segment(t.substring(at, end), at));
        }
        return new AnalyzedDocument(src, MetadataExtractor.extract(t, st), st, List.of(tokens));
    }

    private static double seconds(Extractor e, AnalyzedDocument doc) {
        long t0 = System.nanoTime();
        e.extract(doc);
        return (System.nanoTime() - t0) / 1e9;
    }

    private void assertNearLinear(String what, Extractor e, IntFunction<String> input, int n)
            throws Exception {
        AnalyzedDocument small = oneSentence(what + "-1.txt", input.apply(n));
        AnalyzedDocument large = oneSentence(what + "-2.txt", input.apply(2 * n));
        // warm up on both (the JIT), then the fastest of nine runs each, interleaved: the least disturbed by
        // the load on the machine and the collector
        e.extract(small);
        e.extract(large);
        double[] a = new double[9];
        double[] b = new double[9];
        for (int k = 0; k < a.length; k++) {
            a[k] = seconds(e, small);
            b[k] = seconds(e, large);
        }
        Arrays.sort(a);
        Arrays.sort(b);
        double ratio = b[0] / a[0];
        String line = String.format(Locale.ROOT, "%s: %d chars %.3f s, %d chars %.3f s, ratio %.2f", what,
                small.text().length(), a[0], large.text().length(), b[0], ratio);
        assertTrue(ratio < MAX_RATIO, line);
    }

    @Test
    void placesInARunWithoutPunctuation() throws Exception {
        assertNearLinear("places", new PlaceExtractor(Gazetteer.shared()), n -> "清远市清城区东城街道".repeat(n),
                3000);
    }

    @Test
    void projectsInACountedList() throws Exception {
        assertNearLinear("counted list", new ProjectExtractor(), n -> {
            StringBuilder sb = new StringBuilder("今年推进");
            for (int i = 0; i < n; i++) {
                sb.append(i == 0 ? "" : "、").append("清远第").append(i).append("号道路改造工程");
            }
            return sb.append("等一批重点项目建设。").toString();
        }, 2000);
    }

    @Test
    void organisationsListedInOneSentence() throws Exception {
        assertNearLinear("organisations", new OrganizationExtractor(), n -> {
            StringBuilder sb = new StringBuilder("引进");
            for (int i = 0; i < n; i++) {
                sb.append(i == 0 ? "" : "、").append("清远第").append(i).append("号建设有限公司");
            }
            return sb.append("等一批企业。").toString();
        }, 2000);
    }

    @Test
    void projectsInAListOfHeadedNames() throws Exception {
        assertNearLinear("headed list", new ProjectExtractor(), n -> {
            StringBuilder sb = new StringBuilder("加快建设");
            for (int i = 0; i < n; i++) {
                sb.append(i == 0 ? "" : "、").append("英德第").append(i).append("号大桥工程");
            }
            return sb.append("。").toString();
        }, 2000);
    }
}
