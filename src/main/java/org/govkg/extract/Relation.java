package org.govkg.extract;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A relation the text states between two mentions of the same {@link Extraction}.
 *
 * @param kind       what is stated, one of the constants below
 * @param subject    index of the subject mention in {@link Extraction#mentions()}
 * @param object     index of the object mention
 * @param sentence   the sentence stating it
 * @param attributes qualifiers ({@link Attr#DESIGNATION}, {@link Attr#BATCH}, {@link Attr#YEAR})
 */
public record Relation(String kind, int subject, int object, int sentence,
                       SortedMap<String, String> attributes) {
    /** Place recognised or selected under a program (qualified with designation, batch, year). */
    public static final String RECOGNISED_UNDER = "recognisedUnder";
    /** Project carried out under a program. */
    public static final String UNDER_PROGRAM = "underProgram";
    /** Project (or organisation) located in a place. */
    public static final String LOCATED_IN = "locatedIn";
    /** Project belonging to / carried out by an organisation. */
    public static final String BY_ORGANIZATION = "byOrganization";
    /** Place written inside another place's chain (清城区石角镇). */
    public static final String PART_OF = "partOf";
    /** A defined term (subject) whose glossary entry defines a program (object). */
    public static final String DEFINES_PROGRAM = "definesProgram";
    /** Inferred: a place lies within an ancestor of its partOf chain. */
    public static final String WITHIN = "within";
    /** Inferred: a report's region implements a program the report names. */
    public static final String IMPLEMENTS = "implements";

    public Relation {
        requireNonNull(kind, "kind");
        if (subject < 0 || object < 0) {
            throw new IllegalArgumentException("relation " + kind + " with mention index " + subject
                    + " -> " + object);
        }
        attributes = Collections.unmodifiableSortedMap(new TreeMap<>(attributes));
    }
}
