package org.govkg.evaluate;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One row of the entities table: an entity a document mentions.
 *
 * @param doc     source file name
 * @param type    Program, Place, Project, DefinedTerm or Organization
 * @param iri     the entity's IRI
 * @param label   canonical name
 * @param aliases other names
 * @param code    official division code for places, empty otherwise
 */
public record EntityRow(String doc, String type, String iri, String label, List<String> aliases, String code) {
    public static final String HEADER = "doc\ttype\tiri\tlabel\taliases\tcode";

    public EntityRow {
        requireNonNull(doc, "doc");
        requireNonNull(type, "type");
        requireNonNull(iri, "iri");
        requireNonNull(label, "label");
        aliases = List.copyOf(aliases);
        requireNonNull(code, "code");
    }

    /** The row as a TSV line (tabs and newlines inside values become spaces). */
    public String toTsv() {
        return String.join("\t", clean(doc), clean(type), clean(iri), clean(label),
                clean(String.join("|", aliases)), clean(code));
    }

    /** Parses a TSV line written by {@link #toTsv()}. */
    public static EntityRow parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 6) {
            throw new IllegalArgumentException("entities row needs 6 tab-separated fields, has " + f.length
                    + ": " + line);
        }
        List<String> aliases = f[4].isEmpty() ? List.of() : List.of(f[4].split("\\|"));
        return new EntityRow(f[0], f[1], f[2], f[3], aliases, f[5]);
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
