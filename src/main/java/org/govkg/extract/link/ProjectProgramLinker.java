package org.govkg.extract.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.govkg.extract.AnalyzedDocument;
import org.govkg.extract.Attr;
import org.govkg.extract.EntityType;
import org.govkg.extract.Linker;
import org.govkg.extract.Mention;
import org.govkg.extract.Relation;
import org.govkg.extract.RelationKind;
import org.govkg.lexicon.ResourceLines;
import org.govkg.text.ClauseSplitter;
import org.govkg.text.Span;

/**
 * Finds projects the text says are carried out under a program ({@link Relation#UNDER_PROGRAM}).
 * <p>Requires: Project and Program mentions with sentence indices. Produces: one relation per
 * (project, program) pair, with {@link Attr#CUE} the words that state it. Three sentence shapes
 * state it, read from {@code links/under-program.tsv}:
 * <ul>
 *   <li>a program framed by a weak verb (推进“双碳”工作) governs only the projects of its own clause;</li>
 *   <li>a program framed by an implementing verb (配合市大力实施“三铁工程”，协助推动A尽早动工、B加快建设;
 *       以“百千万工程”为牵引，推进A项目) governs the projects after it in the same part of the
 *       sentence (up to ；). When the frame opens that part (its first two clauses) it governs the
 *       whole part, otherwise the next two clauses; a later frame takes over from an earlier one;</li>
 *   <li>a project joined to a later program (A项目纳入“百千万工程”);</li>
 *   <li>a program directly naming its projects (“百千万工程”重点项目A).</li>
 * </ul>
 * A program after a refusing word (清远鸡入选…培育计划) frames nothing: the clause is about a
 * selection, not about carrying out the program.
 */
public final class ProjectProgramLinker implements Linker {

    private static final ClauseSplitter PARTS = ClauseSplitter.PARTS;
    private static final ClauseSplitter CLAUSES = ClauseSplitter.CLAUSES_IN_PART;
    /** Clauses a frame inside a sentence part reaches past its own. */
    private static final int REACH = 2;

    private final List<String> before = new ArrayList<>();
    private final List<String> near = new ArrayList<>();
    private final List<String> around = new ArrayList<>();
    private final List<String> joins = new ArrayList<>();
    private final List<String> refuses = new ArrayList<>();

    public ProjectProgramLinker() {
        Map<String, List<String>> lists = Map.of("before", before, "near", near, "around", around,
                "joins", joins, "refuses", refuses);
        String resource = "/links/under-program.tsv";
        for (String line : ResourceLines.of(resource)) {
            String[] f = line.split("\t");
            List<String> list = f.length == 2 ? lists.get(f[1].strip()) : null;
            if (list == null) {
                throw new IllegalStateException(resource + ": bad line '" + line + "'");
            }
            list.add(f[0].strip());
        }
    }

    @Override
    public List<Relation> link(AnalyzedDocument doc, List<Mention> mentions) {
        String text = doc.text();
        Map<Integer, List<Integer>> programs = bySentence(mentions, EntityType.Program);
        Map<Integer, List<Integer>> projects = bySentence(mentions, EntityType.Project);
        TreeMap<String, Relation> out = new TreeMap<>();
        for (Map.Entry<Integer, List<Integer>> e : projects.entrySet()) {
            List<Integer> progs = programs.get(e.getKey());
            if (progs == null) {
                continue;
            }
            Span sentence = doc.structure().sentences().get(e.getKey()).span();
            for (int project : e.getValue()) {
                for (Found f : governing(text, sentence, mentions, project, progs)) {
                    TreeMap<Attr, String> attrs = new TreeMap<>();
                    attrs.put(Attr.CUE, f.cue());
                    Relation r = new Relation(RelationKind.UNDER_PROGRAM, project, f.program(), e.getKey(),
                            attrs);
                    out.putIfAbsent(project + "/" + f.program(), r);
                }
            }
        }
        List<Relation> list = new ArrayList<>(out.values());
        list.sort(Comparator.comparingInt(Relation::subject).thenComparingInt(Relation::object));
        return list;
    }

    private record Found(int program, String cue) {
    }

    /** The programs that govern {@code project}, with the cue that says so. */
    private List<Found> governing(String text, Span sentence, List<Mention> mentions, int project,
                                 List<Integer> programs) {
        Span p = mentions.get(project).span();
        Span part = part(text, sentence, p.start());
        List<Found> out = new ArrayList<>();
        // A project joined to a later program, or a program naming its projects.
        for (int g : programs) {
            Span s = mentions.get(g).span();
            if (!part.contains(s)) {
                continue;
            }
            if (s.start() >= p.end()) {
                String between = text.substring(p.end(), s.start());
                joins.stream().filter(w -> between.length() <= w.length() + 4 && between.contains(w)
                        && noClauseEnd(between)).findFirst().ifPresent(w -> out.add(new Found(g, w)));
            } else if (s.end() <= p.start()) {
                String between = text.substring(s.end(), p.start());
                if (between.matches("”?(重点|重大)?(项目|工程)[：:]?")) {
                    out.add(new Found(g, between.replace("”", "")));
                }
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        // The nearest frame before the project in its part of the sentence, if it reaches it.
        int frameStart = -1;
        boolean weak = true;
        List<Found> frame = new ArrayList<>();
        for (int g : programs) {
            Span s = mentions.get(g).span();
            if (!part.contains(s) || s.end() > p.start()) {
                continue;
            }
            Cue cue = frameCue(text, part, s);
            if (cue == null) {
                continue;
            }
            int clause = clauseStart(text, part, s.start());
            if (clause > frameStart) {
                frameStart = clause;
                frame.clear();
                weak = true;
            }
            if (clause == frameStart) {
                frame.add(new Found(g, cue.word()));
                weak &= cue.weak();
            }
        }
        if (frame.isEmpty()) {
            return List.of();
        }
        int frameClause = clauseIndex(text, part, frameStart);
        int projectClause = clauseIndex(text, part, p.start());
        if (weak) {
            return projectClause == frameClause ? frame : List.of();
        }
        return frameClause <= 1 || projectClause - frameClause <= REACH ? frame : List.of();
    }

    /** The words that make a program a frame; a weak cue frames only its own clause. */
    private record Cue(String word, boolean weak) {
    }

    /** The implementing words that make the program at {@code s} a frame, or null. */
    private Cue frameCue(String text, Span part, Span s) {
        int clause = clauseStart(text, part, s.start());
        String prefix = text.substring(clause, s.start());
        if (refuses.stream().anyMatch(prefix::contains)) {
            return null;
        }
        String rest = text.substring(s.end(), Math.min(part.end(), s.end() + 4)).replace("”", "");
        for (String w : around) {
            if (rest.startsWith(w) && (prefix.endsWith("以") || prefix.endsWith("在") || w.startsWith("框架"))) {
                return new Cue(prefix.substring(Math.max(0, prefix.length() - 1)) + "…" + w, false);
            }
        }
        String strong = latest(prefix, before);
        if (strong != null) {
            return new Cue(strong, false);
        }
        String weak = latest(prefix, near);
        return weak == null ? null : new Cue(weak, true);
    }

    /** The word of {@code words} that stands last in {@code prefix}, or null. */
    private static String latest(String prefix, List<String> words) {
        String best = null;
        int at = -1;
        for (String w : words) {
            int k = prefix.lastIndexOf(w);
            if (k > at) {
                at = k;
                best = w;
            }
        }
        return best;
    }

    private static boolean noClauseEnd(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (CLAUSES.isEnd(s.charAt(k)) || PARTS.isEnd(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** The part of the sentence (between ；) holding offset {@code at}. */
    private static Span part(String text, Span sentence, int at) {
        return new Span(PARTS.startBefore(text, sentence, at), PARTS.endAfter(text, sentence, at));
    }

    private static int clauseStart(String text, Span part, int at) {
        return CLAUSES.startBefore(text, part, at);
    }

    /** How many clause ends stand between the part's start and {@code at}. */
    private static int clauseIndex(String text, Span part, int at) {
        int n = 0;
        for (int k = part.start(); k < at; k++) {
            if (CLAUSES.isEnd(text.charAt(k))) {
                n++;
            }
        }
        return n;
    }

    private static Map<Integer, List<Integer>> bySentence(List<Mention> mentions, EntityType type) {
        Map<Integer, List<Integer>> out = new TreeMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (m.type() == type && m.sentence() >= 0) {
                out.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(i);
            }
        }
        return out;
    }
}
