package org.govkg.extract.program;

import java.util.ArrayList;
import java.util.List;
import org.govkg.extract.AnalyzedDocument;
import org.govkg.extract.Attr;
import org.govkg.extract.EntityType;
import org.govkg.extract.Extraction;
import org.govkg.extract.Extractor;
import org.govkg.extract.Mention;
import org.govkg.extract.Relation;
import org.govkg.extract.RelationKind;
import org.govkg.extract.program.RecognitionFinder.Recognition;
import org.govkg.lexicon.ProgramLexicon;
import org.govkg.nlp.Pos;
import org.govkg.nlp.Token;
import org.govkg.text.GlossaryEntry;
import org.govkg.text.Sentence;
import org.govkg.text.Span;

/**
 * Finds Program mentions in a report's body (quoted names, known names, fixed names ending in a
 * head word; see {@link ProgramFinder}) and the places recognised under a program.
 * <p>Requires: an analysed document (text, sentences, glossary). Produces: Program mentions with
 * {@link Attr#ISSUING_LEVEL} and {@link Attr#EXPANSION} where stated; for each recognised place a
 * Place mention with the name as written and a {@link Relation#RECOGNISED_UNDER} relation from
 * it to the program, qualified with {@link Attr#DESIGNATION}, {@link Attr#BATCH} and
 * {@link Attr#YEAR}. Glossary terms are left to {@link DefinedTermExtractor}; in glossary definitions only
 * quoted names with a head or follow word count. Thread-safe.
 */
public final class ProgramExtractor implements Extractor {

    @Override
    public Extraction extract(AnalyzedDocument doc) {
        String text = doc.text();
        List<Span> terms = new ArrayList<>();
        List<Span> definitions = new ArrayList<>();
        for (GlossaryEntry g : doc.structure().glossary()) {
            terms.add(new Span(g.termSpan().start(), g.definitionSpan().start()));
            definitions.add(g.definitionSpan());
        }
        List<Mention> mentions = new ArrayList<>();
        boolean[] predicative = predicative(doc);
        for (Mention m : new ProgramFinder(ProgramLexicon.get()).find(text, terms, definitions,
                at -> predicative[at])) {
            mentions.add(new Mention(m.type(), m.surface(), m.name(), m.span(),
                    doc.structure().sentenceAt(m.span().start()), m.attributes()));
        }
        List<Relation> relations = new ArrayList<>();
        int programCount = mentions.size();
        List<Sentence> sentences = doc.structure().sentences();
        int next = 0;
        // A sentence part after ；that lists more recognitions (；长埔村等15个村入选第三批典型村) continues
        // the program of the part before it.
        int carried = -1;
        for (Sentence s : sentences) {
            List<Span> programs = new ArrayList<>();
            List<Integer> indices = new ArrayList<>();
            if (carried >= 0) {
                programs.add(mentions.get(carried).span());
                indices.add(carried);
            }
            while (next < programCount && mentions.get(next).span().start() < s.span().start()) {
                next++;
            }
            for (int i = next; i < programCount && mentions.get(i).span().start() < s.span().end(); i++) {
                programs.add(mentions.get(i).span());
                indices.add(i);
            }
            int last = -1;
            if (!programs.isEmpty()) {
                for (Recognition r : RecognitionFinder.find(text, s.span(), programs, carried >= 0,
                        doc.metadata().year())) {
                    int place = mentions.size();
                    mentions.add(new Mention(EntityType.Place, r.place().of(text), r.place().of(text),
                            r.place(), s.index()));
                    last = indices.get(r.program());
                    relations.add(new Relation(RelationKind.RECOGNISED_UNDER, place, last, s.index(),
                            r.attributes()));
                }
            }
            String sentence = s.span().of(text).strip();
            boolean continues = sentence.endsWith("；") || sentence.endsWith(";");
            carried = continues ? (last >= 0 ? last : carried) : -1;
        }
        return new Extraction(mentions, relations, List.of());
    }

    /** Which characters belong to a verb (not a verbal noun), adverb, preposition, pronoun or count. */
    private static boolean[] predicative(AnalyzedDocument doc) {
        boolean[] out = new boolean[doc.text().length()];
        for (List<Token> sentence : doc.tokens()) {
            for (Token t : sentence) {
                Pos p = t.pos();
                if (p.isVerb() && !p.is(Pos.VERBAL_NOUN) || p.isAdverb() || p.isPreposition() || p.isPronoun()
                        || p.isNumeral() || p.isMeasureWord()) {
                    for (int i = Math.max(0, t.start()); i < Math.min(out.length, t.end()); i++) {
                        out[i] = true;
                    }
                }
            }
        }
        return out;
    }
}
