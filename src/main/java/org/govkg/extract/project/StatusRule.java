package org.govkg.extract.project;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govkg.text.Span;

/**
 * The status of a project from the status words of its clause ({@code /projects/status.tsv}), and
 * whether that status is a fact or a goal ({@code /projects/target-words.txt}).
 */
public final class StatusRule {

    private static final ProjectLexicon LEX = ProjectLexicon.get();

    /** A status word found at {@code at}: the word as written and its status. */
    public record Hit(int at, String word, String status) {
        public Hit {
            requireNonNull(word, "word");
            requireNonNull(status, "status");
        }
    }

    /**
     * What a status word says of a project.
     *
     * @param word   the status word as written
     * @param status the state now, when the word says it
     * @param target the state aimed at, when the word is a goal
     */
    public record Reading(String word, Optional<String> status, Optional<String> target) {
        public Reading {
            requireNonNull(word, "word");
            requireNonNull(status, "status");
            requireNonNull(target, "target");
        }
    }

    private StatusRule() {
    }

    /**
     * The status word of {@code f}: its own word before the next candidate, else the first after all
     * candidates of the clause, else the last before it; positions inside {@code skip} are passed over.
     */
    public static Optional<Hit> statusOf(String text, Span clause, ProjectCandidate f,
                                         List<ProjectCandidate> all, List<Span> skip) {
        // A推进、B加快建设、C尽快完工: an item followed by its own status word before the next item has it.
        int next = all.stream().mapToInt(ProjectCandidate::start).filter(st -> st >= f.end()).min()
                .orElse(-1);
        if (next >= 0) {
            Hit own = scan(text, f.end(), next, true, skip);
            if (own != null) {
                return Optional.of(own);
            }
        }
        int after = all.stream().mapToInt(ProjectCandidate::end).max().orElse(f.end());
        Hit found = scan(text, after, clause.end(), true, skip);
        if (found == null) {
            found = scan(text, clause.start(), f.start(), false, skip);
        }
        return Optional.ofNullable(found);
    }

    /**
     * Reads {@code hit}. A status word is a goal rather than a fact in a part of the report that sets
     * out plans, after a target word of its clause (力促…开工), or when it opens with one (尽快开工). A
     * goal of signing or starting means the project is still planned; a goal of completing it says
     * nothing of its state now, so only the target is kept.
     */
    public static Reading read(String text, Span clause, Hit hit, boolean plan) {
        String before = text.substring(clause.start(), hit.at()).replace("计划投资", "");
        String goal = null;
        for (String w : LEX.targetWords()) {
            if (hit.word().startsWith(w) && hit.word().length() > w.length()) {
                goal = statusOfWord(hit.word().substring(w.length()));
                break;
            }
        }
        boolean cue = LEX.targetWords().stream().anyMatch(before::contains);
        if (goal == null && (plan || cue) && !hit.status().equals("planned")
                && !hit.status().equals("underConstruction")) {
            goal = hit.status();
        }
        if (goal == null) {
            return new Reading(hit.word(), Optional.of(hit.status()), Optional.empty());
        }
        boolean stillPlanned = goal.equals("signed") || goal.equals("started");
        return new Reading(hit.word(), stillPlanned ? Optional.of("planned") : Optional.empty(),
                Optional.of(goal));
    }

    private static Hit scan(String text, int from, int to, boolean first, List<Span> skip) {
        Hit best = null;
        for (int k = from; k < to; k++) {
            int at = k;
            if (skip.stream().anyMatch(s -> s.start() <= at && at < s.end())) {
                continue;
            }
            for (Map.Entry<String, String> e : LEX.status()) {
                if (text.startsWith(e.getKey(), k) && k + e.getKey().length() <= to) {
                    Hit hit = new Hit(k, e.getKey(), e.getValue());
                    if (first) {
                        return hit;
                    }
                    best = hit;
                    k += e.getKey().length() - 1;
                    break;
                }
            }
        }
        return best;
    }

    private static String statusOfWord(String word) {
        for (Map.Entry<String, String> e : LEX.status()) {
            if (e.getKey().equals(word)) {
                return e.getValue();
            }
        }
        return null;
    }
}
