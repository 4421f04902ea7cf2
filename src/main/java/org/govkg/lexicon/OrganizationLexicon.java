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
 * with their full names, curated short company names and names that are not organisations.
 */
public final class OrganizationLexicon {

    private static final class Holder {
        static final OrganizationLexicon INSTANCE = new OrganizationLexicon();
    }

    private final List<String> suffixes;
    private final Set<String> govtSuffixes = new HashSet<>();
    private final Map<String, String> known = new LinkedHashMap<>();
    private final List<String> fixedNames;
    private final Set<String> rejected = new HashSet<>();
    private final List<String> rejectedEndings = new ArrayList<>();
    private final List<String> rejectedParts = new ArrayList<>();

    private OrganizationLexicon() {
        List<String> s = new ArrayList<>();
        for (String l : ResourceLines.of("/organizations/suffixes.txt")) {
            String[] p = l.split("\t");
            s.add(p[0]);
            if (p.length > 1 && p[1].strip().equals("govt")) {
                govtSuffixes.add(p[0]);
            }
        }
        s.sort(Comparator.comparingInt(String::length).reversed());
        suffixes = List.copyOf(s);
        List<String> fixed = new ArrayList<>();
        for (String l : ResourceLines.of("/organizations/known.txt")) {
            String[] p = l.split("\t");
            known.put(p[0], p.length > 1 ? p[1].strip() : p[0]);
            fixed.add(p[0]);
        }
        fixed.addAll(ResourceLines.of("/organizations/companies.txt"));
        fixed.sort(Comparator.comparingInt(String::length).reversed());
        fixedNames = List.copyOf(fixed);
        for (String l : ResourceLines.of("/organizations/not-organizations.txt")) {
            if (l.startsWith("*")) {
                rejectedEndings.add(l.substring(1));
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

    /** Suffixes of government bodies, whose names may hold 和 (发展和改革局). */
    public boolean isGovernmentSuffix(String suffix) {
        return govtSuffixes.contains(suffix);
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

    /** A bare level of government or a category name. */
    public boolean isRejected(String name) {
        return rejected.contains(name) || rejectedEndings.stream().anyMatch(name::endsWith)
                || rejectedParts.stream().anyMatch(name::contains);
    }
}
