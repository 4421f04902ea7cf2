package org.govkg.export;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One row of the entities table: an entity a document mentions.
 *
 * @param doc        source file name
 * @param type       Program, Place, Project, DefinedTerm or Organization
 * @param iri        the entity's IRI
 * @param label      canonical name
 * @param aliases    other names
 * @param code       official division code for places, empty otherwise
 * @param definition the definition the document gives (defined terms), empty otherwise
 */
public record EntityRow(String doc, String type, String iri, String label, List<String> aliases, String code,
                        String definition) {
    public static final String HEADER = "doc\ttype\tiri\tlabel\taliases\tcode\tdefinition";

    public EntityRow {
        requireNonNull(doc, "doc");
        requireNonNull(type, "type");
        requireNonNull(iri, "iri");
        requireNonNull(label, "label");
        aliases = List.copyOf(aliases);
        requireNonNull(code, "code");
        requireNonNull(definition, "definition");
    }

    /** A row without a definition. */
    public EntityRow(String doc, String type, String iri, String label, List<String> aliases, String code) {
        this(doc, type, iri, label, aliases, code, "");
    }

    /** The row as a TSV line (tabs and newlines inside values become spaces). */
    public String toTsv() {
        return String.join("\t", clean(doc), clean(type), clean(iri), clean(label),
                clean(String.join("|", aliases)), clean(code), clean(definition));
    }

    /** Parses a TSV line written by {@link #toTsv()}. */
    public static EntityRow parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 7) {
            throw new IllegalArgumentException("entities row needs 7 tab-separated fields, has " + f.length
                    + ": " + line);
        }
        List<String> aliases = f[4].isEmpty() ? List.of() : List.of(f[4].split("\\|"));
        return new EntityRow(f[0], f[1], f[2], f[3], aliases, f[5], f[6]);
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
