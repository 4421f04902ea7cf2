package org.govkg.pipeline;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.govkg.extract.AnalyzedDocument;
import org.govkg.extract.Extraction;
import org.govkg.extract.Extractor;
import org.govkg.extract.Linker;
import org.govkg.extract.Relation;
import org.govkg.ingest.SourceDocument;
import org.govkg.nlp.HanlpAnalyzer;
import org.govkg.nlp.Token;
import org.govkg.resolve.EntityResolver;
import org.govkg.resolve.ResolvedDocument;
import org.govkg.text.DocumentMetadata;
import org.govkg.text.MetadataExtractor;
import org.govkg.text.Sentence;
import org.govkg.text.StructureParser;
import org.govkg.text.TextStructure;

/**
 * One document through text structure, NLP, extraction and resolution: a pure function of the
 * document. Thread-safe: the extractors and resolver are shared, HanLP analyzers are per thread.
 */
public final class DocumentProcessor {

    private final List<Extractor> extractors;
    private final List<Linker> linkers;
    private final EntityResolver resolver;

    public DocumentProcessor(List<Extractor> extractors, List<Linker> linkers, EntityResolver resolver) {
        this.extractors = List.copyOf(extractors);
        this.linkers = List.copyOf(linkers);
        this.resolver = requireNonNull(resolver, "resolver");
    }

    /** Structure, metadata and tokens of a document. */
    public static AnalyzedDocument analyze(SourceDocument source) {
        String text = source.text();
        TextStructure structure = StructureParser.parse(text);
        DocumentMetadata metadata = MetadataExtractor.extract(text, structure, source.notes().pageLines(),
                source.notes().properties());
        HanlpAnalyzer analyzer = HanlpAnalyzer.forThisThread();
        List<List<Token>> tokens = new ArrayList<>(structure.sentences().size());
        for (Sentence s : structure.sentences()) {
            tokens.add(analyzer.segment(s.span().of(text), s.span().start()));
        }
        return new AnalyzedDocument(source, metadata, structure, tokens);
    }

    public ResolvedDocument process(SourceDocument source) {
        AnalyzedDocument doc = analyze(source);
        List<Extraction> parts = new ArrayList<>(extractors.size());
        for (Extractor e : extractors) {
            parts.add(e.extract(doc));
        }
        Extraction extraction = Extraction.concat(parts);
        List<Relation> linked = new ArrayList<>();
        for (Linker l : linkers) {
            linked.addAll(l.link(doc, extraction.mentions()));
        }
        return resolver.resolve(doc, extraction.withRelations(linked));
    }
}
