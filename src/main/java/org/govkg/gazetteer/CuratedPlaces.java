package org.govkg.gazetteer;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;

/**
 * The curated non-administrative places ({@code places/places.tsv}) by name and alias.
 * <p>Requires: the places in file order; the first place to claim a name or alias keeps it.
 * Produces: the place a form names, and the {@link NameHash} of every form so that the many spans of a
 * text that are no curated name are ruled out cheaply. Immutable, thread-safe.
 */
final class CuratedPlaces {

    private final Map<String, CuratedPlace> byForm;
    /** {@link NameHash} of every form, sorted. */
    private final long[] hashes;
    private final int maxLength;

    private CuratedPlaces(Map<String, CuratedPlace> byForm) {
        this.byForm = Map.copyOf(byForm);
        this.hashes = this.byForm.keySet().stream().mapToLong(k -> NameHash.of(k, 0, k.length())).sorted()
                .toArray();
        this.maxLength = this.byForm.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The places, each under its label and aliases; on a clash the earlier place wins. */
    static CuratedPlaces of(List<CuratedPlace> places) {
        Map<String, CuratedPlace> byForm = new HashMap<>();
        for (CuratedPlace p : places) {
            byForm.putIfAbsent(p.label(), p);
            for (String a : p.aliases()) {
                byForm.putIfAbsent(a, p);
            }
        }
        return new CuratedPlaces(byForm);
    }

    /** The place with name or alias {@code form}. */
    Optional<CuratedPlace> get(String form) {
        return Optional.ofNullable(byForm.get(form));
    }

    /** False when no form has hash {@code h}; true may be a collision, so check with {@link #get}. */
    boolean mayHave(long h) {
        return Arrays.binarySearch(hashes, h) >= 0;
    }

    /** The hash of every form. */
    LongStream formHashes() {
        return Arrays.stream(hashes);
    }

    /** Gives {@code out} the hashes of the proper prefixes of two or more characters of every name. */
    void prefixHashes(java.util.function.LongConsumer out) {
        byForm.keySet().forEach(k -> DivisionIndex.prefixes(k, 0, k.length(), out));
    }

    /** Number of names and aliases. */
    int formCount() {
        return byForm.size();
    }

    /** Length of the longest name or alias, 0 when there are none. */
    int maxLength() {
        return maxLength;
    }
}
