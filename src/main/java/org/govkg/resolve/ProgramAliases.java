package org.govkg.resolve;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.govkg.lexicon.ProgramLexicon;
import org.govkg.text.Names;

/**
 * The curated program alias table ({@code programs/aliases.tsv}): each line a canonical name and
 * the other names of the same program. Names are compared normalised
 * ({@link org.govkg.text.Names#normalise}).
 * Loaded once, lazily; immutable and thread-safe.
 */
public final class ProgramAliases {

    private final Map<String, String> canonical;
    private final Map<String, TreeSet<String>> aliases;

    ProgramAliases(List<String> lines) {
        Map<String, String> c = new HashMap<>();
        Map<String, TreeSet<String>> a = new TreeMap<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            if (f.length != 2) {
                throw new IllegalArgumentException("programs/aliases.tsv: need canonical<TAB>aliases: "
                        + line);
            }
            String label = Names.normalise(f[0]);
            TreeSet<String> names = new TreeSet<>();
            c.put(label, label);
            for (String alias : f[1].split("\\|")) {
                String n = Names.normalise(alias);
                if (!n.isEmpty()) {
                    String previous = c.put(n, label);
                    if (previous != null && !previous.equals(label)) {
                        throw new IllegalArgumentException("programs/aliases.tsv: " + n
                                + " is an alias of both " + previous + " and " + label);
                    }
                    names.add(n);
                }
            }
            a.put(label, names);
        }
        this.canonical = Collections.unmodifiableMap(c);
        this.aliases = Collections.unmodifiableMap(a);
    }

    private static final class Holder {
        static final ProgramAliases INSTANCE = new ProgramAliases(ProgramLexicon.read("aliases.tsv"));
    }

    /** The table, loaded on first use. */
    public static ProgramAliases get() {
        return Holder.INSTANCE;
    }

    /** The canonical name of the program {@code name} names, when the table knows it. */
    public Optional<String> canonical(String name) {
        return Optional.ofNullable(canonical.get(Names.normalise(name)));
    }

    /** The table's other names of canonical name {@code label} (empty when unknown). */
    public TreeSet<String> aliasesOf(String label) {
        TreeSet<String> a = aliases.get(label);
        return a == null ? new TreeSet<>() : new TreeSet<>(a);
    }
}
