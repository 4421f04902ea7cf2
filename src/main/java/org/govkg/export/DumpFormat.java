package org.govkg.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.rdf4j.rio.RDFFormat;

/**
 * The dump formats govkg writes: name on the command line, file name, whether named graphs are kept. The
 * RDF dumps are written by {@link RdfDumps}; graphml, gexf and neo4j (a directory of CSV files) are the
 * entity-level property graph, written by {@link PropertyGraphExport}.
 */
public enum DumpFormat {
    TTL("ttl", "govkg.ttl", RDFFormat.TURTLE, false),
    TRIG("trig", "govkg.trig", RDFFormat.TRIG, true),
    NQ("nq", "govkg.nq", RDFFormat.NQUADS, true),
    NT("nt", "govkg.nt", RDFFormat.NTRIPLES, false),
    JSONLD("jsonld", "govkg.jsonld", RDFFormat.JSONLD, true),
    RDFXML("rdfxml", "govkg.rdf", RDFFormat.RDFXML, false),
    GRAPHML("graphml", "govkg.graphml", null, false),
    GEXF("gexf", "govkg.gexf", null, false),
    NEO4J("neo4j", "neo4j", null, false);

    private final String id;
    private final String fileName;
    private final RDFFormat rio;
    private final boolean quads;

    DumpFormat(String id, String fileName, RDFFormat rio, boolean quads) {
        this.id = id;
        this.fileName = fileName;
        this.rio = rio;
        this.quads = quads;
    }

    /** True for the property-graph exports (no RDF writer). */
    public boolean propertyGraph() {
        return rio == null;
    }

    /** The name used with {@code --format}. */
    public String id() {
        return id;
    }

    public String fileName() {
        return fileName;
    }

    RDFFormat rio() {
        return rio;
    }

    /** True when the dump keeps the per-document named graphs; false for the merged union. */
    public boolean quads() {
        return quads;
    }

    /** The format named {@code id}: ttl, trig, nq, nt, jsonld, rdfxml, graphml, gexf or neo4j. */
    public static DumpFormat of(String id) {
        for (DumpFormat f : values()) {
            if (f.id.equals(id.toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + id + "' (known: "
                + Arrays.stream(values()).map(DumpFormat::id).collect(Collectors.joining(", ")) + ")");
    }
}
