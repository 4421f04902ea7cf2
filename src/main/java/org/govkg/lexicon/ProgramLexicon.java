package org.govkg.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The word lists that program extraction reads from {@code src/main/resources/programs/} (see the
 * README there); resolution reads the alias table there too. Loaded once, lazily; a missing list
 * fails loudly. Immutable and thread-safe.
 */
public final class ProgramLexicon {

    /** Lists sorted longest first, so that the first match is the longest. */
    private final List<String> headWords;
    private final List<String> followWords;
    private final List<String> contextWords;
    private final List<String> knownPrograms;
    private final Set<String> stopNames;
    private final List<String> nonProgramTails;
    private final List<String> leftBoundaries;
    private final List<String> rightBoundaries;
    private final List<String> constructionWords;
    private final List<String> issuers;
    private final List<String> contextBlockers;
    private final List<String> bookTitleHeads;
    private final List<String> implementingVerbs;
    private final List<String> boundWords;
    private final List<String> topicVerbs;
    private final List<String> facilityWords;

    private ProgramLexicon() {
        headWords = longestFirst(read("head-words.txt"));
        followWords = longestFirst(read("follow-words.txt"));
        contextWords = longestFirst(read("context-words.txt"));
        knownPrograms = longestFirst(read("known-programs.txt"));
        stopNames = Set.copyOf(read("stop-names.txt"));
        nonProgramTails = longestFirst(read("non-program-tails.txt"));
        leftBoundaries = longestFirst(read("left-boundaries.txt"));
        rightBoundaries = longestFirst(read("right-boundaries.txt"));
        constructionWords = longestFirst(read("construction-words.txt"));
        issuers = longestFirst(read("issuers.txt"));
        contextBlockers = longestFirst(read("context-blockers.txt"));
        bookTitleHeads = longestFirst(read("book-title-heads.txt"));
        implementingVerbs = longestFirst(read("implementing-verbs.txt"));
        boundWords = longestFirst(read("bound-words.txt"));
        topicVerbs = longestFirst(read("topic-verbs.txt"));
        facilityWords = longestFirst(read("facility-words.txt"));
    }

    private static final class Holder {
        static final ProgramLexicon INSTANCE = new ProgramLexicon();
    }

    /** The lexicon, loaded on first use. */
    public static ProgramLexicon get() {
        return Holder.INSTANCE;
    }

    /** The entries of {@code programs/<name>} ({@link ResourceLines}). */
    public static List<String> read(String name) {
        return ResourceLines.of("/programs/" + name);
    }

    private static List<String> longestFirst(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        return List.copyOf(sorted);
    }

    /** The longest word of {@code words} that {@code text} has at {@code at}, or null. */
    public static String wordAt(List<String> words, CharSequence text, int at) {
        for (String w : words) {
            if (at + w.length() <= text.length()
                    && text.subSequence(at, at + w.length()).toString().equals(w)) {
                return w;
            }
        }
        return null;
    }

    /** The longest word of {@code words} that {@code text} ends with at {@code end}, or null. */
    public static String wordBefore(List<String> words, CharSequence text, int end) {
        for (String w : words) {
            int s = end - w.length();
            if (s >= 0 && text.subSequence(s, end).toString().equals(w)) {
                return w;
            }
        }
        return null;
    }

    /** The longest word of {@code words} that {@code name} ends with, or null. */
    public static String endingOf(List<String> words, String name) {
        return wordBefore(words, name, name.length());
    }

    public List<String> headWords() {
        return headWords;
    }

    public List<String> followWords() {
        return followWords;
    }

    public List<String> contextWords() {
        return contextWords;
    }

    public List<String> knownPrograms() {
        return knownPrograms;
    }

    public boolean isStopName(String name) {
        return stopNames.contains(name);
    }

    /** True when {@code name} ends like a facility, title or rank. */
    public boolean hasNonProgramTail(String name) {
        return endingOf(nonProgramTails, name) != null;
    }

    public List<String> leftBoundaries() {
        return leftBoundaries;
    }

    public List<String> rightBoundaries() {
        return rightBoundaries;
    }

    public List<String> contextBlockers() {
        return contextBlockers;
    }

    /** True when a 《title》 ending so names a plan or scheme. */
    public boolean isProgramTitle(String title) {
        return endingOf(bookTitleHeads, title) != null;
    }

    /** True when {@code name} reads like a construction project (…改造工程, …二期工程). */
    public boolean isConstruction(String name) {
        if (!name.endsWith("工程")) {
            return false;
        }
        for (String w : constructionWords) {
            if (name.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of carrying out a program, written just before its quoted name (实施, 深入推进). */
    public List<String> implementingVerbs() {
        return implementingVerbs;
    }

    /** Words a one-character left boundary is part of (以上, 以下): there it ends no text. */
    public List<String> boundWords() {
        return boundWords;
    }

    /** Left boundaries that open the topic of a numbered set of measures (支持, 促进): there no boundary. */
    public List<String> topicVerbs() {
        return topicVerbs;
    }

    /** Words that end the name of a facility a numbered quote may modify (基地, 平台). */
    public List<String> facilityWords() {
        return facilityWords;
    }

    public List<String> issuers() {
        return issuers;
    }
}
