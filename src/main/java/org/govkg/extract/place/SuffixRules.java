package org.govkg.extract.place;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.govkg.lexicon.ResourceLines;

/**
 * Suffix rules for places missing from the lexicon ({@code /places/suffixes.tsv}) and the words that
 * look like places but are not ({@code /places/not-places.txt}). Immutable, thread-safe.
 */
public final class SuffixRules {

    /**
     * One suffix: its place type, whether it needs a neighbouring place to count, and the characters
     * after which the suffix starts another word instead (河 + 长制).
     */
    public record Rule(String suffix, String type, boolean needsContext, String notFollowedBy) {
        public Rule {
            requireNonNull(suffix, "suffix");
            requireNonNull(type, "type");
            requireNonNull(notFollowedBy, "notFollowedBy");
        }
    }

    private static final class Holder {
        static final SuffixRules INSTANCE = new SuffixRules();
    }

    private final List<Rule> rules;
    private final Set<String> notPlaces;
    private final Set<String> notStems;
    private final List<String> nameContinuations;

    private SuffixRules() {
        List<Rule> r = new ArrayList<>();
        for (String line : ResourceLines.of("/places/suffixes.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length != 4) {
                throw new IllegalStateException("/places/suffixes.tsv: bad row '" + line + "'");
            }
            r.add(new Rule(cols[0], cols[1], cols[2].equals("context"), cols[3].equals("-") ? "" : cols[3]));
        }
        r.sort(Comparator.comparingInt((Rule x) -> x.suffix().length()).reversed());
        this.rules = List.copyOf(r);
        Set<String> words = new HashSet<>();
        Set<String> stems = new HashSet<>();
        List<String> after = new ArrayList<>();
        for (String line : ResourceLines.of("/places/not-places.txt")) {
            if (line.startsWith("after:")) {
                after.add(line.substring(6));
            } else if (line.startsWith("stem:")) {
                stems.add(line.substring(5));
            } else {
                words.add(line);
            }
        }
        this.notPlaces = Set.copyOf(words);
        this.notStems = Set.copyOf(stems);
        this.nameContinuations = List.copyOf(after);
    }

    /** The rules, loaded on first use. */
    public static SuffixRules shared() {
        return Holder.INSTANCE;
    }

    /** The longest rule whose suffix starts at {@code at} in {@code text}, or null. */
    public Rule ruleAt(CharSequence text, int at) {
        for (Rule r : rules) {
            String s = r.suffix();
            int end = at + s.length();
            if (end <= text.length() && text.subSequence(at, end).toString().equals(s)
                    && (end == text.length() || r.notFollowedBy().indexOf(text.charAt(end)) < 0)) {
                return r;
            }
        }
        return null;
    }

    /** True when {@code stem + suffix} is a generic word or has a generic stem. */
    public boolean rejects(String stem, String suffix) {
        String word = stem + suffix;
        // A stem holding a function word is a phrase, not a name (流域的入 + 河).
        if (stem.chars().anyMatch(c -> "的之和与及在对等把被将为".indexOf(c) >= 0)) {
            return true;
        }
        if (notPlaces.contains(word) || notStems.contains(stem)) {
            return true;
        }
        for (int i = 1; i < word.length() - 1; i++) {
            if (notPlaces.contains(word.substring(i))) {
                return true;
            }
        }
        for (String s : notStems) {
            if (s.length() >= 2 && stem.endsWith(s)) {
                return true;
            }
        }
        return false;
    }

    /** True when the text at {@code at} continues a short form into another name (东源 + 路, 中山 + 大学). */
    public boolean continuesName(CharSequence text, int at) {
        for (String w : nameContinuations) {
            int end = at + w.length();
            if (end <= text.length() && text.subSequence(at, end).toString().equals(w)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code word} is listed as not naming a place. */
    public boolean isNotPlace(String word) {
        return notPlaces.contains(word);
    }
}

