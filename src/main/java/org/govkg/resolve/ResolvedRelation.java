package org.govkg.resolve;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.govkg.extract.Attr;
import org.govkg.extract.RelationKind;

/**
 * A stated relation between two entities.
 *
 * @param kind       what is stated or inferred
 * @param subject    subject entity key
 * @param object     object entity key
 * @param mention    index in {@link ResolvedDocument#mentions()} of the subject's mention that states it
 * @param attributes qualifiers
 */
public record ResolvedRelation(RelationKind kind, String subject, String object, int mention,
                               SortedMap<Attr, String> attributes) {
    public ResolvedRelation {
        requireNonNull(kind, "kind");
        requireNonNull(subject, "subject");
        requireNonNull(object, "object");
        attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
    }
}
