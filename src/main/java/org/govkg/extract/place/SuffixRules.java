package org.govkg.extract.place;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govkg.lexicon.ByFirstChar;
import org.govkg.lexicon.ResourceLines;

/**
 * Suffix rules for places missing from the lexicon ({@code /places/suffixes.tsv}), the words that
 * look like places but are not ({@code /places/not-places.txt}) and the nouns after which a foreign
 * place stays a place ({@code /places/foreign-heads.txt}). Immutable, thread-safe.
 */
public final class SuffixRules {

    /**
     * One suffix: its place type, whether it needs a neighbouring place to count ({@code needsContext})
     * or a place name as its stem ({@code needsName}: 成都平原 + 经济区), and the characters after which the
     * suffix starts another word instead (河 + 长制).
     */
    public record Rule(String suffix, String type, boolean needsContext, boolean needsName,
                       String notFollowedBy) {
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
    /** The rules by the first character of their suffix, longest first as in {@link #rules}. */
    private final Map<Character, List<Rule>> rulesByFirst;
    private final Set<String> notPlaces;
    private final Set<String> notStems;
    private final List<String> nameContinuations;
    private final List<String> otherNameHeads;
    private final Set<String> foreignHeads;
    private final Map<Character, String> featureHeads;
    private final Map<Character, String> provinceShortForms;

    private SuffixRules() {
        List<Rule> r = new ArrayList<>();
        for (String line : ResourceLines.of("/places/suffixes.tsv")) {
            String[] cols = line.split("\t");
            if (cols.length != 4) {
                throw new IllegalStateException("/places/suffixes.tsv: bad row '" + line + "'");
            }
            if (!cols[2].equals("any") && !cols[2].equals("context") && !cols[2].equals("named")) {
                throw new IllegalStateException("/places/suffixes.tsv: bad condition '" + line + "'");
            }
            r.add(new Rule(cols[0], cols[1], cols[2].equals("context"), cols[2].equals("named"),
                    cols[3].equals("-") ? "" : cols[3]));
        }
        r.sort(Comparator.comparingInt((Rule x) -> x.suffix().length()).reversed());
        this.rules = List.copyOf(r);
        this.rulesByFirst = ByFirstChar.index(rules, Rule::suffix);
        Set<String> words = new HashSet<>();
        Set<String> stems = new HashSet<>();
        List<String> after = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        for (String line : ResourceLines.of("/places/not-places.txt")) {
            if (line.startsWith("after:")) {
                after.add(line.substring(6));
            } else if (line.startsWith("head:")) {
                heads.add(line.substring(5));
            } else if (line.startsWith("stem:")) {
                stems.add(line.substring(5));
            } else {
                words.add(line);
            }
        }
        this.notPlaces = Set.copyOf(words);
        this.notStems = Set.copyOf(stems);
        this.nameContinuations = List.copyOf(after);
        this.otherNameHeads = List.copyOf(heads);
        this.foreignHeads = Set.copyOf(ResourceLines.of("/places/foreign-heads.txt"));
        this.featureHeads = charTable("/places/feature-heads.tsv");
        this.provinceShortForms = charTable("/places/province-short-forms.tsv");
    }

    /** A two-column table keyed by one character. */
    private static Map<Character, String> charTable(String resource) {
        Map<Character, String> out = new HashMap<>();
        for (String line : ResourceLines.of(resource)) {
            String[] cols = line.split("\t");
            if (cols.length != 2 || cols[0].length() != 1) {
                throw new IllegalStateException(resource + ": bad row '" + line + "'");
            }
            out.put(cols[0].charAt(0), cols[1]);
        }
        return Map.copyOf(out);
    }

    /** The kind of natural feature a place word ending in {@code last} names (湖 → lake), or null. */
    public String featureType(char last) {
        return featureHeads.get(last);
    }

    /** True when {@code c} is the one-character short form of a province (川, 渝, 粤). */
    public boolean isProvinceShortForm(char c) {
        return provinceShortForms.containsKey(c);
    }

    /** The rules, loaded on first use. */
    public static SuffixRules shared() {
        return Holder.INSTANCE;
    }

    /** The longest rule whose suffix starts at {@code at} in {@code text}, or null. */
    public Rule ruleAt(CharSequence text, int at) {
        if (at >= text.length()) {
            return null;
        }
        for (Rule r : rulesByFirst.getOrDefault(text.charAt(at), List.of())) {
            String s = r.suffix();
            int end = at + s.length();
            if (end <= text.length() && startsAt(text, at, s)
                    && (end == text.length() || r.notFollowedBy().indexOf(text.charAt(end)) < 0)) {
                return r;
            }
        }
        return null;
    }

    /** Whether {@code s} occurs in {@code text} at {@code at}; every position of a text is tried. */
    private static boolean startsAt(CharSequence text, int at, String s) {
        for (int i = 0; i < s.length(); i++) {
            if (text.charAt(at + i) != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code stem + suffix} is a generic word or has a generic stem. */
    public boolean rejects(String stem, String suffix) {
        String word = stem + suffix;
        if (hasFunctionWord(stem)) {
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

    /** True when a stem holds a function word: a phrase, not a name (流域的入 + 河). */
    public boolean hasFunctionWord(String stem) {
        return stem.chars().anyMatch(c -> "的之和与及在对等把被将为".indexOf(c) >= 0);
    }

    /** True when the text at {@code at} continues a short form into another name (东源 + 路, 中山 + 大学). */
    public boolean continuesName(CharSequence text, int at) {
        return startsWithAny(nameContinuations, text, at);
    }

    /**
     * True when the text at {@code at} makes any place before it part of another name: a spirit or an
     * event named after the place (大别山 + 精神, 杭州 + 亚运会).
     */
    public boolean headsOtherName(CharSequence text, int at) {
        return startsWithAny(otherNameHeads, text, at);
    }

    private static boolean startsWithAny(List<String> words, CharSequence text, int at) {
        for (String w : words) {
            int end = at + w.length();
            if (end <= text.length() && startsAt(text, at, w)) {
                return true;
            }
        }
        return false;
    }


    /** True when {@code word} is listed as not naming a place. */
    public boolean isNotPlace(String word) {
        return notPlaces.contains(word);
    }

    /** True when {@code word} may follow a foreign country or world region that is a place (东盟 + 国家). */
    public boolean keepsForeignPlace(String word) {
        return foreignHeads.contains(word);
    }
}
