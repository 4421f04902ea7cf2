package org.govkg.extract.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.govkg.lexicon.ResourceLines;

/**
 * The controlled indicator list ({@code /indicators/indicators.tsv}) and unit table
 * ({@code /indicators/units.tsv}). Loaded once.
 */
public final class Indicators {

    /** One indicator: key, label, and whether a bare percentage in a table is its growth. */
    public record Indicator(String key, String label, boolean amount) {
    }

    private static final class Holder {
        static final Indicators INSTANCE = new Indicators();
    }

    private final List<Map.Entry<String, Indicator>> aliases = new ArrayList<>();
    private final Map<String, String> units;

    private Indicators() {
        for (String l : ResourceLines.of("/indicators/indicators.tsv")) {
            String[] p = l.split("\t");
            if (p.length < 4) {
                throw new IllegalStateException("indicators.tsv: expected 4 columns in '" + l + "'");
            }
            Indicator ind = new Indicator(p[0], p[1], p[3].strip().equals("amount"));
            for (String a : p[2].split("\\|")) {
                aliases.add(Map.entry(a.strip(), ind));
            }
        }
        aliases.sort(Comparator.comparingInt((Map.Entry<String, Indicator> e) -> e.getKey().length())
                .reversed());
        units = new LinkedHashMap<>(ResourceLines.pairs("/indicators/units.tsv"));
    }

    public static Indicators get() {
        return Holder.INSTANCE;
    }

    /** Aliases with their indicator, longest first. */
    public List<Map.Entry<String, Indicator>> aliases() {
        return aliases;
    }

    /** The indicator named exactly {@code name}. */
    public Optional<Indicator> byName(String name) {
        return aliases.stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).findFirst();
    }

    /** The normalised form of a unit as written. */
    public Optional<String> unit(String written) {
        return Optional.ofNullable(units.get(written));
    }

    /** Units as written, longest first, for building patterns. */
    public List<String> writtenUnits() {
        List<String> u = new ArrayList<>(units.keySet());
        u.sort(Comparator.comparingInt(String::length).reversed());
        return u;
    }
}
