package org.govkg.nlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Measures the two candidate analyzers of the full-text index on the labels, aliases and definitions of
 * a build ({@code entities.tsv}): SmartChineseAnalyzer against HanLP's segmenter (as govkg's
 * {@link HanlpAnalyzer} cuts). Queries are every Han word of two or more characters either analyzer
 * produces; a text is relevant to a query when it contains the query as a substring, and retrieved
 * when its tokens include all of the query's tokens (an AND of the analysed query). Prints micro
 * precision and recall per analyzer and the queries where they differ most.
 * <p>Run: {@code java -cp ... org.govkg.nlp.SearchAnalyzerBench DIR/entities.tsv}
 */
public final class SearchAnalyzerBench {

    private SearchAnalyzerBench() {
    }

    public static void main(String[] args) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8).subList(1,
                Files.readAllLines(Path.of(args[0])).size())) {
            String[] f = line.split("\t", -1);
            for (String t : new String[] {f[3], f[4], f[6]}) {
                for (String part : t.split("\\|")) {
                    if (!part.isBlank()) {
                        texts.add(part);
                    }
                }
            }
        }
        List<String> distinct = new ArrayList<>(new TreeSet<>(texts));
        Analyzer smart = new SmartChineseAnalyzer();
        HanlpAnalyzer hanlp = new HanlpAnalyzer();
        Function<String, List<String>> smartcn = s -> tokens(smart, s);
        Function<String, List<String>> han = s -> hanlp.segment(s, 0).stream()
                .map(t -> t.word().toLowerCase(Locale.ROOT)).filter(w -> !w.isBlank()).toList();
        long t0 = System.nanoTime();
        List<Set<String>> smartDocs = distinct.stream()
                .map(s -> (Set<String>) new HashSet<>(smartcn.apply(s))).toList();
        long t1 = System.nanoTime();
        List<Set<String>> hanDocs = distinct.stream().map(s -> (Set<String>) new HashSet<>(han.apply(s)))
                .toList();
        long t2 = System.nanoTime();
        Set<String> queries = new TreeSet<>();
        for (List<Set<String>> docs : List.of(smartDocs, hanDocs)) {
            docs.forEach(d -> d.stream().filter(w -> w.length() >= 2 && w.codePoints()
                    .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                    .forEach(queries::add));
        }
        System.out.printf(Locale.ROOT, "%d texts, %d queries; analysis smartcn %.0f ms, hanlp %.0f ms%n",
                distinct.size(), queries.size(), (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        score("smartcn", distinct, smartDocs, queries, smartcn);
        score("hanlp", distinct, hanDocs, queries, han);
    }

    private static void score(String name, List<String> texts, List<Set<String>> docs, Set<String> queries,
            Function<String, List<String>> analyze) {
        long tp = 0;
        long retrieved = 0;
        long relevant = 0;
        int perfect = 0;
        int missedAll = 0;
        for (String q : queries) {
            List<String> qt = analyze.apply(q);
            int hits = 0;
            int rel = 0;
            int both = 0;
            for (int i = 0; i < texts.size(); i++) {
                boolean isRel = texts.get(i).contains(q);
                boolean isHit = !qt.isEmpty() && docs.get(i).containsAll(qt);
                rel += isRel ? 1 : 0;
                hits += isHit ? 1 : 0;
                both += isRel && isHit ? 1 : 0;
            }
            tp += both;
            retrieved += hits;
            relevant += rel;
            perfect += both == rel && hits == rel ? 1 : 0;
            missedAll += both == 0 ? 1 : 0;
        }
        double p = (double) tp / retrieved;
        double r = (double) tp / relevant;
        System.out.printf(Locale.ROOT, "%-8s precision %.3f recall %.3f F1 %.3f;"
                + " queries answered exactly %d/%d, finding nothing relevant %d%n", name, p, r,
                2 * p * r / (p + r), perfect, queries.size(), missedAll);
    }

    private static List<String> tokens(Analyzer a, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
