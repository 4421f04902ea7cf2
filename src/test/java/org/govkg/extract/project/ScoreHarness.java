package org.govkg.extract.project;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.govkg.pipeline.DocumentProcessor;
import org.govkg.export.EntityRow;
import org.govkg.evaluate.GoldFile;
import org.govkg.evaluate.Scorer;
import org.govkg.extract.AnalyzedDocument;
import org.govkg.extract.Extraction;
import org.govkg.extract.Figure;
import org.govkg.extract.FigureExtractor;
import org.govkg.extract.OrganizationExtractor;
import org.govkg.extract.ProjectExtractor;
import org.govkg.ingest.Ingestor;
import org.govkg.nlp.Pos;
import org.govkg.nlp.Token;
import org.govkg.resolve.Entity;
import org.govkg.resolve.EntityResolver;
import org.govkg.resolve.OrganizationResolver;
import org.govkg.resolve.ProjectResolver;
import org.govkg.resolve.ResolvedDocument;
import org.govkg.resolve.ResolvedMention;

/**
 * Development harness (not a test): runs the project, organisation and figure extractors on the
 * corpus and scores Project and Organization against the gold files. Tokens are cached in /tmp.
 * Usage: {@code ScoreHarness CORPUS_DIR GOLD_DIR [dump]}.
 */
public final class ScoreHarness {

    private ScoreHarness() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path goldDir = Path.of(args[1]);
        boolean dump = args.length > 2;
        List<GoldFile> gold = new ArrayList<>();
        try (Stream<Path> s = Files.list(goldDir)) {
            for (Path p : s.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                gold.add(GoldFile.read(p));
            }
        }
        EntityResolver resolver = new EntityResolver(
                List.of(new ProjectResolver(), new OrganizationResolver()));
        List<EntityRow> rows = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(corpus)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            AnalyzedDocument doc = cached(new Ingestor().read(f));
            Extraction ex = Extraction.concat(List.of(new ProjectExtractor().extract(doc),
                    new OrganizationExtractor().extract(doc), new FigureExtractor().extract(doc)));
            ResolvedDocument rd = resolver.resolve(doc, ex);
            if (dump) {
                for (org.govkg.extract.Mention m : ex.mentions()) {
                    String st = m.sentence() < 0 ? "" : doc.structure().sentences().get(m.sentence()).span()
                            .of(doc.text());
                    System.out.println("PRJ\t" + rd.id().substring(0, 3) + "\t" + m.type() + "\t" + m.name()
                            + "\t" + m.attributes() + "\t" + st);
                    if (m.type() == org.govkg.extract.EntityType.Project
                            && !m.attributes().containsKey(org.govkg.extract.Attr.INVESTMENT)) {
                        int cs = m.span().start();
                        while (cs > 0 && "，,；;：:。！？!?\n".indexOf(doc.text().charAt(cs - 1)) < 0) {
                            cs--;
                        }
                        int ce = m.span().end();
                        while (ce < doc.text().length()
                                && "，,；;：:。！？!?\n".indexOf(doc.text().charAt(ce)) < 0) {
                            ce++;
                        }
                        String clause = doc.text().substring(cs, ce);
                        if (!Amount.find(clause).isEmpty()) {
                            System.out.println("UNATTACHED\t" + rd.id().substring(0, 3) + "\t" + m.name()
                                    + "\t"
                                    + clause);
                        }
                    }
                }
            }
            Set<String> named = new HashSet<>();
            rd.mentions().forEach(m -> named.add(m.entityKey()));
            for (Entity e : rd.entities()) {
                if (named.contains(e.key())) {
                    rows.add(new EntityRow(rd.id(), e.type().name(), e.key(), e.label(),
                            e.aliases().stream().toList(), ""));
                    if (dump) {
                        System.out.println("ENT\t" + rd.id().substring(0, 3) + "\t" + e.type() + "\t"
                                + e.label() + "\t" + e.aliases() + "\t" + e.properties());
                    }
                }
            }
            if (dump) {
                for (ResolvedMention m : rd.mentions()) {
                    if (!m.mention().attributes().isEmpty()) {
                        System.out.println("MEN\t" + rd.id().substring(0, 3) + "\t" + m.mention().name()
                                + "\t"
                                + m.mention().attributes());
                    }
                }
                rd.relations().forEach(r -> System.out.println("REL\t" + rd.id().substring(0, 3) + "\t" + r));
                for (Figure fig : rd.figures()) {
                    System.out.println("FIG\t" + rd.id().substring(0, 3) + "\t" + fig.indicator() + "\t"
                            + fig.period() + "\t" + fig.value().map(Object::toString).orElse("") + "\t"
                            + fig.unit().orElse("") + "\t" + fig.growth().map(Object::toString).orElse("")
                            + "\t" + fig.basis().orElse("") + "\t" + fig.measure() + "\t" + fig.text());
                }
            }
        }
        Scorer.Result r = Scorer.score(gold, rows);
        for (Scorer.Error e : r.errors()) {
            if (e.type().equals("Project") || e.type().equals("Organization")) {
                System.out.println("ERR\t" + e.doc().substring(0, 3) + "\t" + e.type() + "\t" + e.kind()
                        + "\t"
                        + e.label() + "\t" + e.detail());
            }
        }
        for (String t : List.of("Project", "Organization")) {
            Scorer.Counts c = r.byType().get(t);
            System.out.printf("%s P=%.3f R=%.3f F1=%.3f (gold %d, recalled %d, matched %d, fp %d)%n", t,
                    c.precision(), c.recall(), c.f1(), c.goldRequired(), c.recalled(), c.systemMatched(),
                    c.falsePositives());
        }
    }

    /** The analysed document, with HanLP's tokens cached on disk between runs. */
    private static AnalyzedDocument cached(org.govkg.ingest.SourceDocument src) throws IOException {
        Path cache = Path.of(System.getProperty("java.io.tmpdir"), "govkg-projects-tokens",
                src.id() + "." + Integer.toHexString(src.text().hashCode()) + ".tsv");
        AnalyzedDocument fresh;
        if (Files.exists(cache)) {
            AnalyzedDocument shell = new AnalyzedDocument(src,
                    org.govkg.text.MetadataExtractor.extract(src.text(),
                            org.govkg.text.StructureParser.parse(src.text())),
                    org.govkg.text.StructureParser.parse(src.text()),
                    emptyLists(org.govkg.text.StructureParser.parse(src.text()).sentences().size()));
            List<List<Token>> tokens = new ArrayList<>();
            List<Token> cur = null;
            for (String line : Files.readAllLines(cache, StandardCharsets.UTF_8)) {
                if (line.equals("#")) {
                    cur = new ArrayList<>();
                    tokens.add(cur);
                } else {
                    String[] p = line.split("\t", -1);
                    cur.add(new Token(p[0], new Pos(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3])));
                }
            }
            return new AnalyzedDocument(src, shell.metadata(), shell.structure(), tokens);
        }
        fresh = DocumentProcessor.analyze(src);
        Files.createDirectories(cache.getParent());
        StringBuilder sb = new StringBuilder();
        for (List<Token> ts : fresh.tokens()) {
            sb.append("#\n");
            for (Token t : ts) {
                sb.append(t.word().replace('\t', ' ').replace('\n', ' ')).append('\t').append(t.pos().tag())
                        .append('\t')
                        .append(t.start()).append('\t').append(t.end()).append('\n');
            }
        }
        Files.writeString(cache, sb.toString(), StandardCharsets.UTF_8);
        return fresh;
    }

    private static List<List<Token>> emptyLists(int n) {
        List<List<Token>> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add(List.of());
        }
        return l;
    }
}
