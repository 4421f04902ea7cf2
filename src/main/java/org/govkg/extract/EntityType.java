package org.govkg.extract;

import static java.util.Objects.requireNonNull;

/**
 * The kinds of entity govkg extracts, each with what the later stages need to know about it. Adding a
 * type means adding a constant here, its class to {@code ontology/govkg.ttl} and {@code shapes.ttl},
 * and an extractor and resolver; the RDF stage, the dumps, the entities table and query, the build
 * summary and the scorer read this list (tests fail when one of them lacks the new type).
 * <p>The declaration order is the order of the entities table, the build summary and the scores.
 */
public enum EntityType {
    Program("program", "Program"),
    Place("place", "Place"),
    Project("project", "Project"),
    DefinedTerm("term", "DefinedTerm"),
    Organization("organization", "Organization");

    private final String segment;
    private final String className;

    EntityType(String segment, String className) {
        this.segment = requireNonNull(segment, "segment");
        this.className = requireNonNull(className, "className");
    }

    /** The IRI path segment of its entities under the data base ({@code place} of {@code place/441802}). */
    public String segment() {
        return segment;
    }

    /** The local name of its class in the govkg ontology. */
    public String className() {
        return className;
    }

    /** The name the entities table and the gold files use ({@code DefinedTerm}). */
    public String label() {
        return name();
    }
}
