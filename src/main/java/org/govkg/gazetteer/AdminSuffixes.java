package org.govkg.gazetteer;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.govkg.lexicon.ResourceLines;

/**
 * The suffixes that end the names of administrative divisions ({@code /gazetteer/admin-suffixes.tsv}),
 * with the subsets the rules of extraction and resolution ask for. Each subset is named by what it
 * means; lists keep the order of the file. Loaded once; immutable and thread-safe.
 */
public final class AdminSuffixes {

    private static final String RESOURCE = "/gazetteer/admin-suffixes.tsv";
    /** The level ids of {@code levels}, from the top; a division suffix never names the country. */
    private static final List<String> LEVELS = List.of("province", "city", "county", "town", "village");

    /**
     * One suffix of the file.
     *
     * @param suffix      the suffix (镇, 街道)
     * @param levels      the level ids a division with this suffix may have
     * @param regular     whether it belongs to the ordinary hierarchy (not autonomous areas or communities)
     * @param alsoOther   whether it also ends words that name no division (区 of 园区)
     */
    public record Suffix(String suffix, Set<String> levels, boolean regular, boolean alsoOther) {
        public Suffix {
            requireNonNull(suffix, "suffix");
            levels = Set.copyOf(levels);
            if (suffix.isEmpty() || levels.isEmpty() || !LEVELS.containsAll(levels)) {
                throw new IllegalArgumentException("admin suffix '" + suffix + "' with levels " + levels);
            }
        }

        /** The rank of the highest level (0 = province). */
        int topRank() {
            return levels.stream().mapToInt(LEVELS::indexOf).min().orElseThrow();
        }
    }

    private static final class Holder {
        static final AdminSuffixes INSTANCE = new AdminSuffixes(load());
    }

    private final List<Suffix> suffixes;

    private AdminSuffixes(List<Suffix> suffixes) {
        this.suffixes = List.copyOf(suffixes);
    }

    /** The suffixes, loaded on first use. */
    public static AdminSuffixes get() {
        return Holder.INSTANCE;
    }

    /** Every division suffix: regular, autonomous and community ones. */
    public List<String> all() {
        return select(s -> true);
    }

    /** The suffixes of the ordinary hierarchy: 省 市 区 县 镇 乡 街道 村. */
    public List<String> regular() {
        return select(Suffix::regular);
    }

    /** Regular suffixes that end nothing but a division (no 区, which also ends 园区, 城区). */
    public List<String> regularDivisionOnly() {
        return select(s -> s.regular() && !s.alsoOther());
    }

    /** Regular suffixes that end nothing but a division, of towns and higher (no 村). */
    public List<String> regularDivisionOnlyAboveVillage() {
        return select(s -> s.regular() && !s.alsoOther() && !s.levels().equals(Set.of("village")));
    }

    /** Regular suffixes of divisions of towns and higher: 省 市 区 县 镇 乡 街道. */
    public List<String> regularAboveVillage() {
        return select(s -> s.regular() && !s.levels().equals(Set.of("village")));
    }

    /** Regular suffixes of a county or higher: 省 市 区 县. */
    public List<String> regularCountyOrHigher() {
        return select(s -> s.regular() && s.topRank() <= LEVELS.indexOf("county"));
    }

    /** Suffixes a county-level division may end with: 市 区 县 旗. */
    public List<String> countyLevel() {
        return select(s -> s.levels().contains("county"));
    }

    /** A regular-expression alternation of {@code suffixes} (省|市|街道), each quoted. */
    public static String alternation(List<String> suffixes) {
        return suffixes.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** The one-character suffixes of {@code suffixes} as one string (省市区县), for {@code indexOf} tests. */
    public static String singleCharacters(List<String> suffixes) {
        return suffixes.stream().filter(s -> s.length() == 1).collect(Collectors.joining());
    }

    private List<String> select(Predicate<Suffix> p) {
        return suffixes.stream().filter(p).map(Suffix::suffix).toList();
    }

    private static List<Suffix> load() {
        List<Suffix> out = new ArrayList<>();
        for (String line : ResourceLines.of(RESOURCE)) {
            String[] c = line.split("\t");
            if (c.length != 4 || !Set.of("regular", "autonomous", "community").contains(c[2])
                    || !Set.of("other", "-").contains(c[3])) {
                throw new IllegalStateException(RESOURCE + ": bad row '" + line + "'");
            }
            out.add(new Suffix(c[0], Set.of(c[1].split(",")), c[2].equals("regular"), c[3].equals("other")));
        }
        return out;
    }
}
