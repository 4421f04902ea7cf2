package org.govkg.rdf;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.govkg.export.GraphOutput;
import org.govkg.extract.AnalyzedDocument;
import org.govkg.extract.Attr;
import org.govkg.extract.EntityType;
import org.govkg.extract.Figure;
import org.govkg.extract.Mention;
import org.govkg.extract.RelationKind;
import org.govkg.ingest.IngestNotes;
import org.govkg.ingest.OffsetMap;
import org.govkg.ingest.SourceDocument;
import org.govkg.resolve.Entity;
import org.govkg.resolve.Inference;
import org.govkg.resolve.IriScheme;
import org.govkg.resolve.ResolvedDocument;
import org.govkg.resolve.ResolvedMention;
import org.govkg.resolve.ResolvedRelation;
import org.govkg.store.Manifest;
import org.govkg.store.StoredDocument;
import org.govkg.text.DocumentMetadata;
import org.govkg.text.Paragraph;
import org.govkg.text.Section;
import org.govkg.text.Sentence;
import org.govkg.text.Span;
import org.govkg.text.TextStructure;

/**
 * A small resolved report built by hand, for tests of the RDF stages (reusable by other tests).
 * <pre>
 * 0         1         2         3         4         5
 * 一、乡村振兴⏎清城区推进“百千万工程”，石角镇入选第二批典型镇。⏎规划馆项目由区住建局建设，已竣工，总投资10.5亿元。
 * </pre>
 * The original text has one leading full-width space that normalisation removed, so every original
 * offset is the normalised offset plus one.
 */
public final class RdfFixtures {

    public static final String ID = "fixture_清城区.txt";
    public static final String TEXT =
            "一、乡村振兴\n清城区推进“百千万工程”，石角镇入选第二批典型镇。\n规划馆项目由区住建局建设，已竣工，总投资10.5亿元。";

    public static final String QINGCHENG = "place/441802";
    public static final String QINGYUAN = "place/441800";
    public static final String SHIJIAO = "place/441802106";
    public static final String PROGRAM = "program/百千万工程";
    public static final String TERM = "term/典型镇";
    public static final String PROJECT = "project/规划馆项目";
    public static final String ORG = "organization/区住建局";

    private RdfFixtures() {
    }

    /** The fixture report with document id {@link #ID}. */
    public static ResolvedDocument document() {
        return document(ID, "清城区政府工作报告");
    }

    /** The fixture report under another id and title (e.g. to have two documents). */
    public static ResolvedDocument document(String id, String title) {
        int[] toOriginal = new int[TEXT.length() + 1];
        for (int i = 0; i < toOriginal.length; i++) {
            toOriginal[i] = i + 1;
        }
        SourceDocument source = new SourceDocument(id, Path.of(id), "\u3000" + TEXT, TEXT,
                new OffsetMap(toOriginal),
                new IngestNotes("UTF-8", false, false, 0, 0));
        DocumentMetadata metadata = new DocumentMetadata(title, Optional.of("清远市清城区"), Optional.of(2025),
                DocumentMetadata.WORK_REPORT, Optional.of("2026-01-10"), Optional.empty());
        TextStructure structure = new TextStructure(
                List.of(new Section(0, 1, "一", "乡村振兴", new Span(0, 60), -1)),
                List.of(new Paragraph(0, new Span(7, 32), 0), new Paragraph(1, new Span(33, 60), 0)),
                List.of(new Sentence(0, new Span(7, 32), 0, 0), new Sentence(1, new Span(33, 60), 1, 0)),
                List.of());
        AnalyzedDocument doc = new AnalyzedDocument(source, metadata, structure, List.of(List.of(),
                List.of()));

        Entity qingcheng = entity(QINGCHENG, EntityType.Place, "清城区", List.of("清远市清城区"),
                Map.of(Attr.LEVEL, "county", Attr.CODE, "441802", Attr.PARENT, QINGYUAN));
        Entity qingyuan = entity(QINGYUAN, EntityType.Place, "清远市", List.of(),
                Map.of(Attr.LEVEL, "city", Attr.CODE, "441800"));
        Entity shijiao = entity(SHIJIAO, EntityType.Place, "石角镇", List.of(),
                Map.of(Attr.LEVEL, "town", Attr.CODE, "441802106", Attr.PARENT, QINGCHENG));
        Entity program = entity(PROGRAM, EntityType.Program, "百千万工程", List.of("百县千镇万村高质量发展工程"),
                Map.of(Attr.ISSUING_LEVEL, "省", Attr.EXPANSION, "百县千镇万村高质量发展工程"));
        Entity term = entity(TERM, EntityType.DefinedTerm, "典型镇", List.of(),
                Map.of(Attr.DEFINITION, "在百千万工程中评定的示范镇", Attr.MARKER, "1"));
        Entity project = entity(PROJECT, EntityType.Project, "规划馆项目", List.of("规划馆"),
                Map.of(Attr.STATUS, "completed", Attr.STATUS_TEXT, "竣工", Attr.INVESTMENT, "1050000000",
                        Attr.INVESTMENT_KIND, "total", Attr.INVESTMENT_TEXT, "10.5亿元"));
        Entity org = entity(ORG, EntityType.Organization, "区住建局", List.of(), Map.of());

        List<ResolvedMention> mentions = List.of(
                mention(EntityType.Place, "清城区", 7, 0, QINGCHENG),
                mention(EntityType.Program, "百千万工程", 13, 0, PROGRAM),
                mention(EntityType.Place, "石角镇", 20, 0, SHIJIAO),
                mention(EntityType.DefinedTerm, "典型镇", 28, 0, TERM),
                mention(EntityType.Project, "规划馆项目", 33, 1, PROJECT),
                mention(EntityType.Organization, "区住建局", 39, 1, ORG));
        List<ResolvedRelation> relations = List.of(
                new ResolvedRelation(RelationKind.RECOGNISED_UNDER, SHIJIAO, PROGRAM, 2,
                        new TreeMap<>(Map.of(Attr.DESIGNATION, "典型镇", Attr.BATCH, "第二批"))),
                new ResolvedRelation(RelationKind.LOCATED_IN, PROJECT, QINGCHENG, 4, new TreeMap<>()),
                new ResolvedRelation(RelationKind.BY_ORGANIZATION, PROJECT, ORG, 4, new TreeMap<>()));
        List<Figure> figures = List.of(new Figure("fixedAssetInvestment", -1, "2025",
                Optional.of(new BigDecimal("10.5")), Optional.of("亿元"), Optional.empty(), Optional.empty(),
                "actual", "总投资10.5亿元", new Span(50, 59), 1));
        List<Entity> entities = List.of(org, qingyuan, qingcheng, shijiao, program, project, term);
        return new ResolvedDocument(doc, Optional.of(QINGCHENG), entities, mentions,
                Inference.infer(Optional.of(QINGCHENG), entities, mentions, relations), figures);
    }

    /** An in-memory dataset holding the fixture document's graph, emitted with the default base. */
    public static DatasetGraph dataset(ResolvedDocument... docs) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        ReportGraphEmitter emitter = new ReportGraphEmitter(IriScheme.standard());
        dsg.executeWrite(() -> {
            for (ResolvedDocument d : docs.length == 0 ? new ResolvedDocument[] {document()} : docs) {
                emitter.emit(d, StreamRDFLib.dataset(dsg));
            }
        });
        return dsg;
    }

    /**
     * Writes a build directory (TDB2 dataset, dumps, Fuseki configuration) holding {@code docs}, or the
     * fixture report and a copy of it named {@code other.txt} when none are given.
     */
    public static Path buildDirectory(Path dir, ResolvedDocument... docs) throws IOException {
        ResolvedDocument[] all = docs.length > 0 ? docs
                : new ResolvedDocument[] {document(), document("other.txt", "另一份报告")};
        try (GraphOutput out = new GraphOutput(dir, IriScheme.DEFAULT_BASE, List.of(), false, "fixture")) {
            List<Manifest.Document> stored = new java.util.ArrayList<>();
            for (ResolvedDocument d : all) {
                String key = out.key(d.id(), "content of " + d.id());
                StoredDocument s = out.store(key, d);
                stored.add(new Manifest.Document(d.id(), d.id(), "content of " + d.id(), "fixture", key,
                        s.graph(),
                        s.quads()));
            }
            out.publish(stored);
        }
        return dir;
    }

    private static Entity entity(String key, EntityType type, String label, List<String> aliases,
                                 Map<Attr, String> properties) {
        return new Entity(key, type, label, new TreeSet<>(aliases), new TreeMap<>(properties));
    }

    private static ResolvedMention mention(EntityType type, String surface, int start, int sentence,
            String key) {
        if (!TEXT.startsWith(surface, start)) {
            throw new IllegalStateException("fixture offsets wrong: '" + surface + "' not at " + start);
        }
        Span span = new Span(start, start + surface.length());
        return new ResolvedMention(new Mention(type, surface, surface, span, sentence), key);
    }
}
