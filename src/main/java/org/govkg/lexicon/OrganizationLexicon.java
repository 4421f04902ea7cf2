package org.govkg.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The organisation lexicons under {@code /organizations/}: name suffixes, known institutions
 * with their full names, curated short company names, the functions and head words of government
 * departments' names, category nouns of enterprises and names that are not organisations.
 */
public final class OrganizationLexicon {

    private static final class Holder {
        static final OrganizationLexicon INSTANCE = new OrganizationLexicon();
    }

    private final List<String> suffixes;
    private final Map<Character, List<String>> suffixesByFirst;
    private final Set<String> govtSuffixes = new HashSet<>();
    private final Set<String> branchSuffixes = new HashSet<>();
    private final Map<String, String> known = new LinkedHashMap<>();
    private final List<String> fixedNames;
    private final Set<String> rejected = new HashSet<>();
    private final Set<String> categories = new HashSet<>();
    private final List<String> rejectedEndings = new ArrayList<>();
    private final List<String> rejectedBeginnings = new ArrayList<>();
    private final List<String> rejectedParts = new ArrayList<>();
    private final Set<String> functions = new HashSet<>();
    private final int maxFunctionLength;
    private final Map<Character, List<String>> departmentHeadsByFirst;
    private final Set<String> bareHeads = new HashSet<>();

    private OrganizationLexicon() {
        List<String> s = new ArrayList<>();
        for (String l : ResourceLines.of("/organizations/suffixes.txt")) {
            String[] p = l.split("\t");
            s.add(p[0]);
            String kind = p.length > 1 ? p[1].strip() : "";
            if (kind.equals("govt")) {
                govtSuffixes.add(p[0]);
            } else if (kind.equals("branch")) {
                branchSuffixes.add(p[0]);
            } else if (!kind.isEmpty()) {
                throw new IllegalStateException("/organizations/suffixes.txt: bad row '" + l + "'");
            }
        }
        s.sort(Comparator.comparingInt(String::length).reversed());
        suffixes = List.copyOf(s);
        suffixesByFirst = ByFirstChar.index(suffixes, w -> w);
        List<String> fixed = new ArrayList<>();
        for (String l : ResourceLines.of("/organizations/known.txt")) {
            String[] p = l.split("\t");
            known.put(p[0], p.length > 1 ? p[1].strip() : p[0]);
            fixed.add(p[0]);
        }
        fixed.addAll(ResourceLines.of("/organizations/companies.txt"));
        fixed.sort(Comparator.comparingInt(String::length).reversed());
        fixedNames = List.copyOf(fixed);
        for (String l : ResourceLines.of("/organizations/department-functions.txt")) {
            for (String form : l.split("\t")) {
                functions.add(form.strip());
            }
        }
        maxFunctionLength = functions.stream().mapToInt(String::length).max().orElse(0);
        List<String> heads = new ArrayList<>();
        for (String l : ResourceLines.of("/organizations/department-heads.txt")) {
            String[] p = l.split("\t");
            String where = p.length > 1 ? p[1].strip() : "";
            if (!where.equals("bare") && !where.equals("prefixed")) {
                throw new IllegalStateException("/organizations/department-heads.txt: bad row '" + l + "'");
            }
            heads.add(p[0]);
            if (where.equals("bare")) {
                bareHeads.add(p[0]);
            }
        }
        heads.sort(Comparator.comparingInt(String::length).reversed());
        departmentHeadsByFirst = ByFirstChar.index(List.copyOf(heads), w -> w);
        categories.addAll(ResourceLines.of("/organizations/categories.txt"));
        rejected.addAll(categories);
        for (String l : ResourceLines.of("/organizations/not-organizations.txt")) {
            if (l.startsWith("*")) {
                rejectedEndings.add(l.substring(1));
            } else if (l.startsWith("^")) {
                rejectedBeginnings.add(l.substring(1));
            } else if (l.startsWith("~")) {
                rejectedParts.add(l.substring(1));
            } else {
                rejected.add(l);
            }
        }
    }

    public static OrganizationLexicon get() {
        return Holder.INSTANCE;
    }

    /** Name suffixes, longest first. */
    public List<String> suffixes() {
        return suffixes;
    }

    /** The name suffixes that begin with {@code c}, longest first as in {@link #suffixes()}. */
    public List<String> suffixesStartingWith(char c) {
        return suffixesByFirst.getOrDefault(c, List.of());
    }

    /** Suffixes of government bodies, whose names may hold 和 (发展和改革局). */
    public boolean isGovernmentSuffix(String suffix) {
        return govtSuffixes.contains(suffix);
    }

    /** Suffixes of a branch or office of another body (分院, 代表处), whose name holds that body's. */
    public boolean isBranchSuffix(String suffix) {
        return branchSuffixes.contains(suffix);
    }

    /** Known institutions and curated company names, longest first. */
    public List<String> fixedNames() {
        return fixedNames;
    }

    /** The full name of a known short form, when the lexicon has one. */
    public Optional<String> fullName(String name) {
        String full = known.get(name);
        return full == null || full.equals(name) ? Optional.empty() : Optional.of(full);
    }

    /** Whether {@code s} names what a government department is in charge of (自然资源, 发改). */
    public boolean isDepartmentFunction(String s) {
        return functions.contains(s);
    }

    /** The length of the longest department function. */
    public int maxFunctionLength() {
        return maxFunctionLength;
    }

    /** The head words of department names (委员会, 厅, 局 …) that begin with {@code c}, longest first. */
    public List<String> departmentHeadsStartingWith(char c) {
        return departmentHeadsByFirst.getOrDefault(c, List.of());
    }

    /** Whether a department with this head may be named without its place or level (自然资源厅). */
    public boolean isBareHead(String head) {
        return bareHeads.contains(head);
    }

    /** Whether {@code word} is a category noun of enterprises (企业, 央企, 上市公司), no name. */
    public boolean isCategory(String word) {
        return categories.contains(word);
    }

    /** A bare level of government or a category name. */
    public boolean isRejected(String name) {
        return rejected.contains(name) || rejectedEndings.stream().anyMatch(name::endsWith)
                || rejectedBeginnings.stream().anyMatch(name::startsWith)
                || rejectedParts.stream().anyMatch(name::contains);
    }
}
