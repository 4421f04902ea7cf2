package org.govkg.extract;

import static java.util.Objects.requireNonNull;

/**
 * What a {@link Relation} states, with the property the RDF stage writes it with (a compact IRI
 * resolved against the ontology; a test fails when one does not resolve).
 */
public enum RelationKind {
    /**
     * Place recognised or selected under a program (qualified with designation, batch, year): written as
     * a govkg:Recognition node whose govkg:recognisedUnder is the program.
     */
    RECOGNISED_UNDER("recognisedUnder", "govkg:recognisedUnder"),
    /** Project carried out under a program. */
    UNDER_PROGRAM("underProgram", "govkg:underProgram"),
    /** Project (or organisation) located in a place. */
    LOCATED_IN("locatedIn", "govkg:locatedIn"),
    /** Project belonging to / carried out by an organisation. */
    BY_ORGANIZATION("byOrganization", "govkg:byOrganization"),
    /** Place written inside another place's chain (清城区石角镇). */
    PART_OF("partOf", "govkg:partOf"),
    /** A defined term (subject) whose glossary entry defines a program (object). */
    DEFINES_PROGRAM("definesProgram", "govkg:definesProgram"),
    /** Inferred: a place lies within an ancestor of its partOf chain. */
    WITHIN("within", "govkg:within"),
    /** Inferred: a report's region implements a program the report names. */
    IMPLEMENTS("implements", "govkg:implements");

    private final String key;
    private final String property;

    RelationKind(String key, String property) {
        this.key = requireNonNull(key, "key");
        this.property = requireNonNull(property, "property");
    }

    /** The property it is written with, as a compact IRI ({@code govkg:locatedIn}). */
    public String property() {
        return property;
    }

    @Override
    public String toString() {
        return key;
    }
}
