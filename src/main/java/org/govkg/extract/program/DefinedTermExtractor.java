package org.govkg.extract.program;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.govkg.extract.AnalyzedDocument;
import org.govkg.extract.Attr;
import org.govkg.extract.EntityType;
import org.govkg.extract.Extraction;
import org.govkg.extract.Extractor;
import org.govkg.extract.Mention;
import org.govkg.extract.Relation;
import org.govkg.extract.RelationKind;
import org.govkg.lexicon.ProgramLexicon;
import org.govkg.text.GlossaryEntry;
import org.govkg.text.NoteMarkers;
import org.govkg.text.Span;

/**
 * Finds the terms a report defines: its glossary and note entries, the body positions that carry
 * an entry's marker ({@code “五图表一中心”〔1〕}, {@code ⑴}, {@code ［1］}: {@link NoteMarkers}) or that
 * write the term as its entry does, short forms a definition states
 * ({@code 简称“十百千”工程}) and inline definitions ({@code “X”是指…}, {@code “X”即…}).
 * <p>Requires: an analysed document whose structure carries the glossary. Produces: DefinedTerm
 * mentions (name = the term; at the entry {@link Attr#DEFINITION} as written with markers removed
 * and {@link Attr#MARKER}); for an entry that names a program ({@link ProgramFinder#namesProgram})
 * also a Program mention at the same
 * span with the definition (and, for a numbered short form such as 三铁工程, {@link Attr#EXPANSION}) and a
 * {@link Relation#DEFINES_PROGRAM} relation from the term to it. Thread-safe.
 */
public final class DefinedTermExtractor implements Extractor {

    private static final Pattern SHORT_FORM = Pattern.compile("简称(“[^”]{1,20}”[\\p{IsHan}]{0,4})");
    private static final Pattern INLINE = Pattern.compile(
            "“([^“”\\n]{2,20})”(?:[，,]?(?:是指|即指|指的是)|[，,]?即(?![将时刻便使]))([^。；\\n]{4,200})");
    private static final String NUMERALS = "一二两三四五六七八九十百千万双";
    private static final int MAX_EXPANSION = 80;

    @Override
    public Extraction extract(AnalyzedDocument doc) {
        String text = doc.text();
        List<GlossaryEntry> glossary = doc.structure().glossary();
        List<Mention> mentions = new ArrayList<>();
        List<Relation> relations = new ArrayList<>();
        List<Span> entrySpans = new ArrayList<>();
        Map<String, GlossaryEntry> byNumber = new HashMap<>();
        ProgramFinder finder = new ProgramFinder(ProgramLexicon.get());
        for (GlossaryEntry g : glossary) {
            entrySpans.add(new Span(g.termSpan().start(), g.definitionSpan().end()));
            String number = NoteMarkers.number(g.marker());
            if (!number.isEmpty()) {
                byNumber.putIfAbsent(number, g);
            }
            String definition = SurfaceNames.MARKER.matcher(g.definition()).replaceAll("").replace("**", "");
            int sentence = doc.structure().sentenceAt(g.termSpan().start());
            TreeMap<Attr, String> attrs = new TreeMap<>();
            attrs.put(Attr.DEFINITION, definition);
            if (!g.marker().isEmpty()) {
                attrs.put(Attr.MARKER, g.marker());
            }
            int term = mentions.size();
            String surface = g.termSpan().of(text);
            mentions.add(new Mention(EntityType.DefinedTerm, surface, g.term(), g.termSpan(), sentence,
                    attrs));
            List<Span> shortForms = new ArrayList<>();
            Matcher sf = SHORT_FORM.matcher(text)
                    .region(g.definitionSpan().start(), g.definitionSpan().end());
            while (sf.find()) {
                Span span = new Span(sf.start(1), sf.end(1));
                shortForms.add(span);
                mentions.add(new Mention(EntityType.DefinedTerm, span.of(text), g.term(), span,
                        doc.structure().sentenceAt(span.start())));
            }
            if (finder.namesProgram(g.term())) {
                TreeMap<Attr, String> p = new TreeMap<>();
                p.put(Attr.DEFINITION, definition);
                String expansion = expansion(definition);
                // Only a numbered short form (三铁工程, 双百工程) has an expansion; long prose is no list.
                if (NUMERALS.indexOf(g.term().charAt(0)) >= 0 && expansion.length() <= MAX_EXPANSION
                        && !expansion.startsWith("“")) {
                    p.put(Attr.EXPANSION, expansion);
                }
                int program = mentions.size();
                mentions.add(new Mention(EntityType.Program, surface, g.term(), g.termSpan(), sentence, p));
                relations.add(new Relation(RelationKind.DEFINES_PROGRAM, term, program, sentence,
                        new TreeMap<>()));
                for (Span span : shortForms) {
                    mentions.add(new Mention(EntityType.Program, span.of(text), g.term(), span,
                            doc.structure().sentenceAt(span.start())));
                }
            }
        }
        markedMentions(doc, byNumber, entrySpans, mentions);
        writtenMentions(doc, glossary, entrySpans, mentions);
        inlineDefinitions(doc, entrySpans, mentions);
        return new Extraction(mentions, relations, List.of());
    }

    /** The definition without a leading 指 and a trailing full stop. */
    static String expansion(String definition) {
        String e = definition.strip();
        if (e.startsWith("指")) {
            e = e.substring(1);
        }
        while (!e.isEmpty() && "。；;.".indexOf(e.charAt(e.length() - 1)) >= 0) {
            e = e.substring(0, e.length() - 1);
        }
        return e;
    }

    /** Body mentions: the term written just before a marker whose number has a glossary entry. */
    private static void markedMentions(AnalyzedDocument doc, Map<String, GlossaryEntry> byNumber,
                                       List<Span> entrySpans, List<Mention> out) {
        String text = doc.text();
        Matcher m = NoteMarkers.body().matcher(text);
        while (m.find()) {
            GlossaryEntry g = byNumber.get(NoteMarkers.number(m.group()));
            if (g == null || inside(entrySpans, m.start()) || atLineStart(text, m.start())) {
                continue;
            }
            Span span = termBefore(text, m.start(), g.term());
            if (span == null) {
                continue;
            }
            TreeMap<Attr, String> attrs = new TreeMap<>();
            attrs.put(Attr.MARKER, m.group().replaceAll("[\\^{}]", ""));
            out.add(new Mention(EntityType.DefinedTerm, span.of(text), g.term(), span,
                    doc.structure().sentenceAt(span.start()), attrs));
        }
    }

    /**
     * Body mentions: the term written as its entry writes it ({@code “三个着力”重要要求}), for glossaries
     * whose body carries no markers (a glossary placed before the report, a news page's list).
     */
    private static void writtenMentions(AnalyzedDocument doc, List<GlossaryEntry> glossary,
                                        List<Span> entrySpans, List<Mention> out) {
        String text = doc.text();
        List<Span> taken = new ArrayList<>();
        out.forEach(x -> taken.add(x.span()));
        for (GlossaryEntry g : glossary) {
            String surface = g.termSpan().of(text);
            if (g.term().length() < 2) {
                continue;
            }
            for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length())) {
                Span span = new Span(at, at + surface.length());
                if (!inside(entrySpans, at) && taken.stream().noneMatch(t -> t.start() < span.end()
                        && span.start() < t.end())) {
                    out.add(new Mention(EntityType.DefinedTerm, surface, g.term(), span,
                            doc.structure().sentenceAt(at)));
                    taken.add(span);
                }
            }
        }
    }

    /**
     * Where {@code term} (or its longest tail of at least two characters) is written just before
     * {@code end}, quotation marks and emphasis skipped; else the quoted span right before it.
     */
    static Span termBefore(String text, int end, String term) {
        int i = end - 1;
        int j = term.length() - 1;
        int start = end;
        while (i >= 0 && j >= 0) {
            char c = text.charAt(i);
            if ("“”\"*".indexOf(c) >= 0) {
                i--;
                continue;
            }
            if (c != term.charAt(j)) {
                break;
            }
            start = i;
            i--;
            j--;
        }
        int matched = term.length() - 1 - j;
        if (matched >= 2) {
            if (start > 0 && text.charAt(start - 1) == '“') {
                start--;
            }
            int e = end;
            while (e > start && "*".indexOf(text.charAt(e - 1)) >= 0) {
                e--;
            }
            return new Span(start, e);
        }
        if (end > 0 && text.charAt(end - 1) == '”') {
            int open = text.lastIndexOf('“', end - 1);
            if (open >= 0 && end - open <= 30) {
                return new Span(open, end);
            }
        }
        return null;
    }

    private static void inlineDefinitions(AnalyzedDocument doc, List<Span> entrySpans, List<Mention> out) {
        String text = doc.text();
        Matcher m = INLINE.matcher(text);
        while (m.find()) {
            if (inside(entrySpans, m.start())) {
                continue;
            }
            // The definition as written from its cue word: 指… or 即…, like a glossary entry.
            int zhi = text.indexOf('指', m.end(1));
            int cue = zhi >= 0 && zhi < m.start(2) ? zhi : text.indexOf('即', m.end(1));
            String definition = cue >= 0 && cue < m.start(2) ? text.substring(cue, m.end(2)) : m.group(2);
            Span span = new Span(m.start(), m.end(1) + 1);
            TreeMap<Attr, String> attrs = new TreeMap<>();
            attrs.put(Attr.DEFINITION, definition.strip());
            out.add(new Mention(EntityType.DefinedTerm, span.of(text), SurfaceNames.bare(m.group(1)), span,
                    doc.structure().sentenceAt(span.start()), attrs));
        }
    }

    private static boolean atLineStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '*')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n';
    }

    private static boolean inside(List<Span> spans, int at) {
        for (Span s : spans) {
            if (s.start() <= at && at < s.end()) {
                return true;
            }
        }
        return false;
    }
}
