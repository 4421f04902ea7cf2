package org.govkg.extract.project;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.govkg.lexicon.ByFirstChar;
import org.govkg.lexicon.ResourceLines;

/**
 * The project lexicons under {@code /projects/}: head words, left-boundary words, generic names,
 * status and target words, list tails, building and progress words. Loaded once, lazily.
 */
public final class ProjectLexicon {

    private static final class Holder {
        static final ProjectLexicon INSTANCE = new ProjectLexicon();
    }

    private final List<String> heads;
    private final Map<Character, List<String>> headsByFirst;
    private final Set<String> weakHeads;
    private final Set<String> subjectHeads;
    private final Set<String> boundary;
    private final Set<String> nameVerbs;
    private final List<String> boundaryWords;
    private final Set<String> generic;
    private final List<String> genericEndings = new ArrayList<>();
    private final List<String> genericParts = new ArrayList<>();
    private final List<Map.Entry<String, String>> status;
    /** {@link #status} by first character: a scan asks at every position of a clause. */
    private final Map<Character, List<Map.Entry<String, String>>> statusByFirst;
    private final List<String> targetWords;
    private final List<String> listTails = new ArrayList<>();
    private final Set<String> strongListTails = new java.util.HashSet<>();
    private final List<String> notProjectLists;
    private final List<String> buildingWords;
    private final List<String> progressWords;
    private final List<String> leadVerbs;
    private final List<String> genericModifiers;
    private final List<String> programVerbs;
    private final Set<String> lightVerbs;
    private final String workCharacters;

    private ProjectLexicon() {
        List<String> h = new ArrayList<>();
        Set<String> weak = new java.util.HashSet<>();
        Set<String> subject = new java.util.HashSet<>();
        for (String l : ResourceLines.of("/projects/heads.txt")) {
            String[] p = l.split("\t");
            h.add(p[0].strip());
            if (p.length > 1 && p[1].strip().equals("weak")) {
                weak.add(p[0].strip());
            } else if (p.length > 1 && p[1].strip().equals("subject")) {
                subject.add(p[0].strip());
            }
        }
        weakHeads = Set.copyOf(weak);
        subjectHeads = Set.copyOf(subject);
        h.sort(Comparator.comparingInt(String::length).reversed());
        heads = List.copyOf(h);
        headsByFirst = ByFirstChar.index(heads, w -> w);
        nameVerbs = Set.copyOf(ResourceLines.of("/projects/name-verbs.txt"));
        boundary = Set.copyOf(ResourceLines.of("/projects/boundary-words.txt"));
        List<String> b = new ArrayList<>(boundary);
        b.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        boundaryWords = List.copyOf(b);
        Set<String> g = new java.util.HashSet<>();
        for (String l : ResourceLines.of("/projects/generic-names.txt")) {
            if (l.startsWith("*")) {
                genericEndings.add(l.substring(1));
            } else if (l.startsWith("~")) {
                genericParts.add(l.substring(1));
            } else {
                g.add(l);
            }
        }
        generic = Set.copyOf(g);
        List<Map.Entry<String, String>> s =
                new ArrayList<>(ResourceLines.pairs("/projects/status.tsv").entrySet());
        s.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length()).reversed());
        status = List.copyOf(s);
        statusByFirst = byFirst(status);
        targetWords = List.copyOf(ResourceLines.of("/projects/target-words.txt"));
        for (String l : ResourceLines.of("/projects/list-tails.txt")) {
            String[] p = l.split("\t");
            listTails.add(p[0]);
            if (p.length > 1 && p[1].strip().equals("strong")) {
                strongListTails.add(p[0]);
            }
        }
        notProjectLists = ResourceLines.of("/projects/not-project-lists.txt");
        List<String> lead = new ArrayList<>(ResourceLines.of("/projects/building-words.txt"));
        lead.addAll(s.stream().map(Map.Entry::getKey).toList());
        lead.sort(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        leadVerbs = List.copyOf(new java.util.LinkedHashSet<>(lead));
        List<String> mods = new ArrayList<>(ResourceLines.of("/projects/generic-modifiers.txt"));
        mods.sort(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        genericModifiers = List.copyOf(mods);
        programVerbs = ResourceLines.of("/projects/program-verbs.txt");
        lightVerbs = Set.copyOf(ResourceLines.of("/projects/light-verbs.txt"));
        workCharacters = String.join("", ResourceLines.of("/projects/work-words.txt"));
        buildingWords = ResourceLines.of("/projects/building-words.txt");
        progressWords = ResourceLines.of("/projects/progress-words.txt");
    }

    public static ProjectLexicon get() {
        return Holder.INSTANCE;
    }

    /** Head words, longest first. */
    public List<String> heads() {
        return heads;
    }

    /** The head words that begin with {@code c}, longest first as in {@link #heads()}. */
    public List<String> headsStartingWith(char c) {
        return headsByFirst.getOrDefault(c, List.of());
    }

    /** A head that names a project only where the clause speaks of building. */
    public boolean isWeakHead(String head) {
        return weakHeads.contains(head);
    }

    /** A head that also names roles and kinds: its names are projects only as a clause's subject. */
    public boolean isSubjectHead(String head) {
        return subjectHeads.contains(head);
    }

    /** Words that end a name on its left. */
    public boolean isBoundary(String word) {
        return boundary.contains(word);
    }

    /** The boundary words, longest first. */
    public List<String> boundaryWords() {
        return boundaryWords;
    }

    /** A verb that may stand inside a project name. */
    public boolean isNameVerb(String word) {
        return nameVerbs.contains(word);
    }

    /** A category name rather than a concrete project. */
    public boolean isGeneric(String name) {
        if (generic.contains(name) || genericEndings.stream().anyMatch(name::endsWith)
                || genericParts.stream().anyMatch(name::contains)) {
            return true;
        }
        // 全省高速公路, 新改建农村公路: qualifiers before a generic name leave it generic.
        for (String m : genericModifiers) {
            if (name.startsWith(m) && name.length() > m.length()) {
                return isGeneric(name.substring(m.length()));
            }
        }
        // 高速公路提质扩容: building words after a generic name, 园区开发区: two generic names.
        for (String v : nameVerbs) {
            if (name.endsWith(v) && name.length() > v.length() + 1) {
                return isGeneric(name.substring(0, name.length() - v.length()));
            }
        }
        for (int k = 2; k <= name.length() - 2; k++) {
            if (generic.contains(name.substring(0, k)) && generic.contains(name.substring(k))) {
                return true;
            }
        }
        return false;
    }

    /** Words that, right before 工程, make a name without a place or a built thing a program. */
    public List<String> programVerbs() {
        return programVerbs;
    }

    /** A verb that says little by itself (抓, 做, 是): after a name it reports no progress. */
    public boolean isLightVerb(String word) {
        return lightVerbs.contains(word);
    }

    /** True when {@code name} holds a character of a word for a built thing (路, 桥, 厂). */
    public boolean holdsWorkWord(String name) {
        return name.chars().anyMatch(c -> workCharacters.indexOf(c) >= 0);
    }

    /** Words that make a following status word a goal (力促, 尽快, 确保). */
    public List<String> targetWords() {
        return targetWords;
    }

    /** Status words with their status, longest first. */
    public List<Map.Entry<String, String>> status() {
        return status;
    }

    /** The status words starting with {@code c}, in the order of {@link #status()}. */
    public List<Map.Entry<String, String>> statusStartingWith(char c) {
        return statusByFirst.getOrDefault(c, List.of());
    }

    private static Map<Character, List<Map.Entry<String, String>>> byFirst(
            List<Map.Entry<String, String>> in) {
        Map<Character, List<Map.Entry<String, String>>> m = new java.util.HashMap<>();
        for (Map.Entry<String, String> e : in) {
            m.computeIfAbsent(e.getKey().charAt(0), k -> new ArrayList<>()).add(e);
        }
        m.replaceAll((k, v) -> List.copyOf(v));
        return Map.copyOf(m);
    }

    /** The nouns that end a counted list of projects, in file order. */
    public List<String> listTails() {
        return List.copyOf(listTails);
    }

    /** A list tail (项目, 工程, 道路) whose items are projects whatever they are called. */
    public boolean isStrongListTail(String tail) {
        return strongListTails.contains(tail);
    }

    /** Words that make a counted list a list of something else (培训, 战略). */
    public List<String> notProjectLists() {
        return notProjectLists;
    }

    /** Words that show a clause speaks of building (新建, 竣工). */
    public List<String> buildingWords() {
        return buildingWords;
    }

    /**
     * Building and status words, longest first: a verb HanLP may
     * glue to the front of the name it governs.
     */
    public List<String> leadVerbs() {
        return leadVerbs;
    }

    /** Words that report progress right after a name (开工, 基本). */
    public List<String> progressWords() {
        return progressWords;
    }

    /** A regular-expression alternation of {@code words}, each quoted, in order. */
    public static String alternation(List<String> words) {
        return String.join("|", words.stream().map(java.util.regex.Pattern::quote).toList());
    }
}
