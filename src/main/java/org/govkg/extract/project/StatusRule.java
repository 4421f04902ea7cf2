package org.govkg.extract.project;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
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

    /** The status word of {@code f} among the candidates {@code all} of its clause; see {@link InClause}. */
    public static Optional<Hit> statusOf(String text, Span clause, ProjectCandidate f,
                                         List<ProjectCandidate> all, List<Span> skip) {
        return new InClause(text, clause, all, skip).statusOf(f);
    }

    /**
     * The status words of one clause, scanned once for all its candidates: a clause listing thousands
     * of names asks for each of them, and a scan of the clause per name made that quadratic.
     */
    public static final class InClause {
        private final String text;
        private final Span clause;
        private final List<ProjectCandidate> all;
        private final List<Span> skip;
        private final int[] starts;
        private final int after;
        private final Hit firstAfterAll;
        /** The hits of a left-to-right scan from the clause start, each resuming after the last. */
        private final List<Hit> path = new ArrayList<>();
        private final Map<String, Reading> readings = new java.util.HashMap<>();

        /** @param skip positions passed over (amounts, the list's tail) */
        public InClause(String text, Span clause, List<ProjectCandidate> all, List<Span> skip) {
            this.text = text;
            this.clause = clause;
            this.all = List.copyOf(all);
            this.skip = List.copyOf(skip);
            this.starts = all.stream().mapToInt(ProjectCandidate::start).sorted().toArray();
            int last = -1;
            for (ProjectCandidate c : all) {
                last = Math.max(last, c.end());
            }
            this.after = last;
            this.firstAfterAll = last < 0 ? null : scan(text, last, clause.end(), true, this.skip);
            for (int k = clause.start(); k < clause.end(); k++) {
                Hit h = scan(text, k, clause.end(), true, this.skip);
                if (h == null) {
                    break;
                }
                path.add(h);
                k = h.at() + h.word().length() - 1;
            }
        }

        /**
         * The status word of {@code f}: its own word before the next candidate, else the first after all
         * candidates of the clause, else the last before it; positions inside the skipped spans are passed
         * over.
         */
        public Optional<Hit> statusOf(ProjectCandidate f) {
            // A推进、B加快建设、C尽快完工: an item followed by its own status word before the next item has it.
            int i = Arrays.binarySearch(starts, f.end());
            if (i < 0) {
                i = -i - 1;
            } else {
                while (i > 0 && starts[i - 1] == f.end()) {
                    i--;
                }
            }
            if (i < starts.length) {
                Hit own = scan(text, f.end(), starts[i], true, skip);
                if (own != null) {
                    return Optional.of(own);
                }
            }
            Hit found = all.isEmpty() ? scan(text, f.end(), clause.end(), true, skip) : firstAfterAll;
            if (found == null) {
                found = lastBefore(f.start());
            }
            return Optional.ofNullable(found);
        }

        /** {@link StatusRule#read} of {@code hit}, read once for all the candidates sharing it. */
        public Reading read(Hit hit, boolean plan) {
            return readings.computeIfAbsent(hit.at() + (plan ? " plan " : " ") + hit.word(),
                    k -> StatusRule.read(text, clause, hit, plan));
        }

        /**
         * The last hit of a scan from the clause start that stops at {@code to}: the hits of the whole
         * clause's scan that end by then, unless the next one runs across {@code to}, where a shorter word
         * may still fit.
         */
        private Hit lastBefore(int to) {
            int lo = 0;
            int hi = path.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                Hit h = path.get(mid);
                if (h.at() + h.word().length() <= to) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            Hit best = lo == 0 ? null : path.get(lo - 1);
            if (lo < path.size() && path.get(lo).at() < to) {
                Hit tail = scan(text, path.get(lo).at(), to, false, skip);
                if (tail != null) {
                    best = tail;
                }
            }
            return best;
        }
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
            List<Map.Entry<String, String>> words = LEX.statusStartingWith(text.charAt(k));
            if (words.isEmpty() || skip.stream().anyMatch(s -> s.start() <= at && at < s.end())) {
                continue;
            }
            for (Map.Entry<String, String> e : words) {
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
