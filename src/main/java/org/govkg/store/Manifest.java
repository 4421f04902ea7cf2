package org.govkg.store;

import static java.util.Objects.requireNonNull;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * {@code manifest.json} of a generation: the build's settings and one entry per document, saying where
 * it came from, its content hash, the pipeline that built it, its graph and its size. A later build
 * reads it to keep documents ({@code --add}) and to remove them ({@code govkg remove}).
 *
 * @param govkg      the govkg version that wrote the generation
 * @param generation the generation number
 * @param base       the data base IRI
 * @param formats    the dump formats written, sorted
 * @param gzip       whether the RDF dumps are gzip-compressed
 * @param pipeline   the pipeline version of this build (see each document's own)
 * @param documents  the documents, sorted by id
 */
public record Manifest(String govkg, int generation, String base, List<String> formats, boolean gzip,
                       String pipeline, List<Document> documents) {

    public static final String FILE = "manifest.json";

    /**
     * One document of a generation.
     *
     * @param id       its identity in the build: the path below the input it was found in
     * @param path     the input file as given to the build that read it
     * @param sha256   the hash of the file's bytes
     * @param pipeline the pipeline version that built its graph
     * @param key      its entry in the {@link DocumentCache}
     * @param graph    its named graph
     * @param triples  quads in its named graph
     */
    public record Document(String id, String path, String sha256, String pipeline, String key, String graph,
                           long triples) {
        public Document {
            requireNonNull(id, "id");
            requireNonNull(path, "path");
            requireNonNull(sha256, "sha256");
            requireNonNull(pipeline, "pipeline");
            requireNonNull(key, "key");
            requireNonNull(graph, "graph");
        }
    }

    public Manifest {
        requireNonNull(govkg, "govkg");
        requireNonNull(base, "base");
        formats = formats.stream().sorted().toList();
        requireNonNull(pipeline, "pipeline");
        documents = documents.stream().sorted(Comparator.comparing(Document::id)).toList();
    }

    /** The manifest of {@code generation}, or empty when it has none (a build of an earlier layout). */
    public static Optional<Manifest> read(Path generation) throws IOException {
        Path file = generation.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonObject o;
        try (InputStream in = Files.newInputStream(file)) {
            o = JSON.parse(in);
        } catch (JsonException e) {
            throw new IOException(file + ": not a govkg manifest (" + e.getMessage() + ")", e);
        }
        List<String> formats = new ArrayList<>();
        o.get("formats").getAsArray().forEach(v -> formats.add(v.getAsString().value()));
        List<Document> docs = new ArrayList<>();
        JsonArray arr = o.get("documents").getAsArray();
        for (JsonValue v : arr) {
            JsonObject d = v.getAsObject();
            docs.add(new Document(str(d, "id"), str(d, "path"), str(d, "sha256"), str(d, "pipeline"),
                    str(d, "key"), str(d, "graph"), d.get("triples").getAsNumber().value().longValue()));
        }
        boolean gzip = o.hasKey("gzip") && o.get("gzip").getAsBoolean().value();
        return Optional.of(new Manifest(str(o, "govkg"), o.get("generation").getAsNumber().value().intValue(),
                str(o, "base"), formats, gzip, str(o, "pipeline"), docs));
    }

    private static String str(JsonObject o, String key) {
        return o.get(key).getAsString().value();
    }

    /** Writes it to {@code dir}/{@value #FILE}, one document per line. */
    public void write(Path dir) throws IOException {
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(dir.resolve(FILE)),
                StandardCharsets.UTF_8))) {
            w.write("{\n  \"govkg\": " + quote(govkg) + ",\n  \"generation\": " + generation
                    + ",\n  \"base\": " + quote(base) + ",\n  \"formats\": [");
            for (int i = 0; i < formats.size(); i++) {
                w.write((i > 0 ? ", " : "") + quote(formats.get(i)));
            }
            w.write("],\n  \"gzip\": " + gzip + ",\n  \"pipeline\": " + quote(pipeline)
                    + ",\n  \"documents\": [");
            for (int i = 0; i < documents.size(); i++) {
                Document d = documents.get(i);
                w.write(i > 0 ? ",\n    " : "\n    ");
                w.write("{\"id\": " + quote(d.id()) + ", \"path\": " + quote(d.path()) + ", \"sha256\": "
                        + quote(d.sha256()) + ", \"pipeline\": " + quote(d.pipeline()) + ", \"key\": "
                        + quote(d.key()) + ", \"graph\": " + quote(d.graph()) + ", \"triples\": "
                                + d.triples()
                        + "}");
            }
            w.write(documents.isEmpty() ? "]\n}\n" : "\n  ]\n}\n");
        }
    }

    /** A JSON string literal. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
