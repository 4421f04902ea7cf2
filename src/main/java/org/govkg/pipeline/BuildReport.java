package org.govkg.pipeline;

import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The summary of a build; immutable.
 *
 * @param documents  documents this build read (processed or reused)
 * @param reused     of these, documents whose graph an earlier build made from the same content
 * @param kept       documents of the previous build kept without being read ({@code --add})
 * @param sentences  sentences in the documents read
 * @param chars      characters of the documents processed
 * @param entities   distinct entities per type label in the published graph
 * @param triples    triples in the published merged graph (-1 when nothing was published)
 * @param problems   skipped inputs
 * @param seconds    wall-clock time
 */
public record BuildReport(int documents, int reused, int kept, long sentences, long chars,
                          SortedMap<String, Long> entities, long triples, List<Problem> problems,
                          double seconds) {
    public BuildReport {
        entities = Collections.unmodifiableSortedMap(new TreeMap<>(entities));
        problems = List.copyOf(problems);
    }

    /** Whether a new generation was published. */
    public boolean published() {
        return triples >= 0;
    }
}
