package org.govkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;

/**
 * Finds and reads the project's {@code ontology/*.ttl} files (the ontology and the SHACL shapes).
 * <p>Looked up in this order: the directory {@code ontology/} under the system property
 * {@code govkg.home}; {@code ontology/} in the working directory; {@code ontology/} next to or above
 * the jar or classes directory this class was loaded from; finally the classpath resource
 * {@code /ontology/NAME} (present when the build copies the files into the jar).
 */
public final class OntologyFiles {

    static {
        // Jena's constants are only safe to touch once its subsystems are initialised.
        JenaSystem.init();
    }

    /** The OWL ontology. */
    public static final String ONTOLOGY = "govkg.ttl";
    /** The SHACL shapes. */
    public static final String SHAPES = "shapes.ttl";
    /** System property naming the govkg project directory. */
    public static final String HOME_PROPERTY = "govkg.home";

    private OntologyFiles() {
    }

    /** Reads ontology file {@code name} into a new graph; fails loudly when it is nowhere to be found. */
    public static Graph read(String name) {
        Graph g = GraphFactory.createDefaultGraph();
        Optional<Path> file = locate(name);
        if (file.isPresent()) {
            RDFParser.source(file.get()).lang(Lang.TURTLE).parse(g);
            return g;
        }
        try (InputStream in = OntologyFiles.class.getResourceAsStream("/ontology/" + name)) {
            if (in == null) {
                throw new IllegalStateException("ontology file " + name + " not found in " + candidates()
                        + " nor on the classpath; run from the govkg directory or set -D" + HOME_PROPERTY);
            }
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file {@code ontology/NAME} in the first candidate directory that has it. */
    public static Optional<Path> locate(String name) {
        return candidates().stream().map(d -> d.resolve(name)).filter(Files::isRegularFile).findFirst();
    }

    private static List<Path> candidates() {
        List<Path> dirs = new ArrayList<>();
        String home = System.getProperty(HOME_PROPERTY);
        if (home != null && !home.isBlank()) {
            dirs.add(Path.of(home).resolve("ontology"));
        }
        dirs.add(Path.of("ontology").toAbsolutePath());
        codeLocation().ifPresent(p -> {
            for (Path d = p; d != null; d = d.getParent()) {
                dirs.add(d.resolve("ontology"));
            }
        });
        return dirs;
    }

    private static Optional<Path> codeLocation() {
        try {
            CodeSource cs = OntologyFiles.class.getProtectionDomain().getCodeSource();
            return cs == null ? Optional.empty() : Optional.of(Path.of(cs.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            return Optional.empty();
        }
    }
}
