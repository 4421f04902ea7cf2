package org.govkg.build;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The summary of a build.
 *
 * @param documents  documents built
 * @param sentences  sentences in them
 * @param entities   distinct entities per type
 * @param triples    triples in the merged graph after the build (-1 when not known)
 * @param problems   skipped inputs
 * @param seconds    wall-clock time
 */
public record BuildReport(int documents, long sentences, SortedMap<String, Integer> entities, long triples,
                          List<Problem> problems, double seconds) {
    public BuildReport {
        entities = new TreeMap<>(entities);
        problems = List.copyOf(problems);
    }
}
