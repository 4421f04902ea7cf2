package org.govkg.extract.program;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.govkg.evaluate.GoldEntity;
import org.govkg.evaluate.GoldFile;
import org.govkg.evaluate.Scorer;
import org.govkg.export.EntityRow;
import org.govkg.extract.Attr;
import org.govkg.extract.EntityType;
import org.govkg.ingest.Ingestor;
import org.govkg.ingest.SourceDocument;
import org.govkg.pipeline.DocumentProcessor;
import org.govkg.resolve.DefinedTermResolver;
import org.govkg.resolve.Entity;
import org.govkg.resolve.EntityResolver;
import org.govkg.resolve.NameResolver;
import org.govkg.resolve.ProgramResolver;
import org.govkg.resolve.ResolvedDocument;
import org.govkg.resolve.ResolvedRelation;
import org.govkg.text.Names;

/**
 * Development harness (not a test): runs the program and defined-term stages over a corpus and
 * scores them against gold. Usage: {@code ProgramScoreHarness CORPUS_DIR GOLD_DIR}.
 */
public final class ProgramScoreHarness {

    private ProgramScoreHarness() {
    }

    public static void main(String[] args) throws Exception {
        DocumentProcessor processor = new DocumentProcessor(
                List.of(new ProgramExtractor(), new DefinedTermExtractor()), List.of(),
                new EntityResolver(List.of(new NameResolver(EntityType.Place), new ProgramResolver(),
                        new DefinedTermResolver())));
        List<EntityRow> rows = new ArrayList<>();
        List<GoldFile> gold = new ArrayList<>();
        int definitions = 0;
        int definitionsOk = 0;
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path f : files) {
            SourceDocument src = new Ingestor().read(f);
            ResolvedDocument doc = processor.process(src);
            Path g = Path.of(args[1], f.getFileName().toString().replace(".txt", ".json"));
            GoldFile gf = Files.exists(g) ? GoldFile.read(g) : null;
            if (gf != null) {
                gold.add(gf);
            }
            for (Entity e : doc.entities()) {
                rows.add(new EntityRow(src.id(), e.type().name(), e.key(), e.label(),
                        List.copyOf(e.aliases()), ""));
                if (args.length > 2) {
                    System.out.println(src.id().substring(0, 3) + " " + e.type() + " " + e.label() + " "
                            + e.aliases() + " " + e.properties());
                }
                if (gf != null && e.type().name().equals("DefinedTerm")) {
                    for (GoldEntity ge : gf.entities()) {
                        if (ge.type().equals("DefinedTerm") && ge.required() && matches(e, ge)) {
                            definitions++;
                            String mine = e.properties().getOrDefault(Attr.DEFINITION, "")
                                    .replaceAll("\\s", "");
                            if (mine.equals(ge.definition().replaceAll("\\s", ""))) {
                                definitionsOk++;
                            } else {
                                System.out.println("DEF " + e.label() + "\n  sys: " + mine + "\n  gold:"
                                        + ge.definition());
                            }
                        }
                    }
                }
            }
            for (ResolvedRelation r : doc.relations()) {
                System.out.println("REL " + src.id().substring(0, 3) + " " + r);
            }
        }
        Scorer.Result result = Scorer.score(gold, rows);
        for (Scorer.Error e : result.errors()) {
            if (e.type().equals("Program") || e.type().equals("DefinedTerm")) {
                System.out.println(e.doc().substring(0, 3) + " " + e.type() + " " + e.kind() + " " + e.label()
                        + " " + e.detail());
            }
        }
        for (String type : List.of("Program", "DefinedTerm")) {
            Scorer.Counts c = result.byType().get(type);
            System.out.printf("%s P=%.3f R=%.3f F1=%.3f (gold %d, recalled %d, matched %d, fp %d)%n", type,
                    c.precision(), c.recall(), c.f1(), c.goldRequired(), c.recalled(), c.systemMatched(),
                    c.falsePositives());
        }
        System.out.printf("definitions equal to gold: %d/%d%n", definitionsOk, definitions);
    }

    private static boolean matches(Entity e, GoldEntity ge) {
        List<String> mine = new ArrayList<>(e.aliases());
        mine.add(e.label());
        List<String> theirs = new ArrayList<>(ge.aliases());
        theirs.add(ge.label());
        for (String a : mine) {
            for (String b : theirs) {
                if (Names.normalise(a).equals(Names.normalise(b))) {
                    return true;
                }
            }
        }
        return false;
    }
}
