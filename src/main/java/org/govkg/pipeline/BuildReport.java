package org.govkg.pipeline;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The summary of a build; immutable.
 *
 * @param documents  documents built
 * @param sentences  sentences in them
 * @param entities   distinct entities per type name
 * @param triples    triples in the merged graph after the build (-1 when not known)
 * @param problems   skipped inputs
 * @param seconds    wall-clock time
 */
public record BuildReport(int documents, long sentences, SortedMap<String, Integer> entities, long triples,
                          List<Problem> problems, double seconds) {
    public BuildReport {
        entities = Collections.unmodifiableSortedMap(new TreeMap<>(entities));
        problems = List.copyOf(problems);
    }

    /** The same report with the merged graph's triple count, known once the sink committed. */
    public BuildReport withTriples(long count) {
        return new BuildReport(documents, sentences, entities, count, problems, seconds);
    }
}
