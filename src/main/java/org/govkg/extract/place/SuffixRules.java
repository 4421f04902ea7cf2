package org.govkg.extract.place;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Suffix rules for places missing from the lexicon ({@code /places/suffixes.tsv}) and the words that
 * look like places but are not ({@code /places/not-places.txt}). Immutable, thread-safe.
 */
public final class SuffixRules {

    /** One suffix: its place type and whether it needs a neighbouring place to count. */
    public record Rule(String suffix, String type, boolean needsContext) {
        public Rule {
            requireNonNull(suffix, "suffix");
            requireNonNull(type, "type");
        }
    }

    private static final class Holder {
        static final SuffixRules INSTANCE = new SuffixRules();
    }

    private final List<Rule> rules;
    private final Set<String> notPlaces;
    private final Set<String> notStems;

    private SuffixRules() {
        List<Rule> r = new ArrayList<>();
        for (String line : lines("/places/suffixes.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length != 3) {
                throw new IllegalStateException("/places/suffixes.tsv: bad row '" + line + "'");
            }
            r.add(new Rule(cols[0], cols[1], cols[2].equals("context")));
        }
        r.sort(Comparator.comparingInt((Rule x) -> x.suffix().length()).reversed());
        this.rules = List.copyOf(r);
        Set<String> words = new HashSet<>();
        Set<String> stems = new HashSet<>();
        for (String line : lines("/places/not-places.txt")) {
            if (line.startsWith("stem:")) {
                stems.add(line.substring(5));
            } else {
                words.add(line);
            }
        }
        this.notPlaces = Set.copyOf(words);
        this.notStems = Set.copyOf(stems);
    }

    /** The rules, loaded on first use. */
    public static SuffixRules shared() {
        return Holder.INSTANCE;
    }

    /** The longest rule whose suffix starts at {@code at} in {@code text}, or null. */
    public Rule ruleAt(CharSequence text, int at) {
        for (Rule r : rules) {
            String s = r.suffix();
            if (at + s.length() <= text.length() && text.subSequence(at, at + s.length()).toString().equals(s)) {
                return r;
            }
        }
        return null;
    }

    /** True when {@code stem + suffix} is a generic word or has a generic stem. */
    public boolean rejects(String stem, String suffix) {
        if (notPlaces.contains(stem + suffix) || notStems.contains(stem)) {
            return true;
        }
        for (String s : notStems) {
            if (s.length() >= 2 && stem.endsWith(s)) {
                return true;
            }
        }
        return false;
    }

    /** True when {@code word} is listed as not naming a place. */
    public boolean isNotPlace(String word) {
        return notPlaces.contains(word);
    }

    private static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = SuffixRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    out.add(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return out;
    }
}
