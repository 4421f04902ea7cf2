package org.govkg.store;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The summary of one document in the {@link DocumentCache}: enough to publish it and report on it
 * without processing it again.
 *
 * @param id        its identity in the build
 * @param graph     its graph IRI
 * @param quads     statements in its graph
 * @param sentences its sentences
 * @param mentions  its mentions
 */
public record StoredDocument(String id, String graph, long quads, int sentences, int mentions) {
    public StoredDocument {
        requireNonNull(id, "id");
        requireNonNull(graph, "graph");
    }

    /** As {@code key TAB value} lines. */
    List<String> lines() {
        return List.of("id\t" + id.replace('\n', ' ').replace('\t', ' '), "graph\t" + graph, "quads\t"
                + quads,
                "sentences\t" + sentences, "mentions\t" + mentions);
    }

    /** Parses {@link #lines()}; empty when they are damaged. */
    static Optional<StoredDocument> parse(List<String> lines) {
        Map<String, String> m = new TreeMap<>();
        for (String line : lines) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                m.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        try {
            return Optional.of(new StoredDocument(m.get("id"), m.get("graph"), Long.parseLong(m.get("quads")),
                    Integer.parseInt(m.get("sentences")), Integer.parseInt(m.get("mentions"))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
