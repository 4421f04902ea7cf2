package org.govkg.store;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.system.Txn;
import org.govkg.rdf.OntologyFiles;

/**
 * SHACL validation of the merged graph against {@code ontology/shapes.ttl}.
 * <p>Requires: a dataset (its union of named graphs is validated). Produces: the violations, sorted.
 */
public final class ShapesValidator {

    static {
        // Jena's constants are only safe to touch once its subsystems are initialised.
        JenaSystem.init();
    }

    private final Shapes shapes;

    public ShapesValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(requireNonNull(shapesGraph, "shapesGraph"));
    }

    /** A validator for the project's {@code ontology/shapes.ttl}. */
    public static ShapesValidator standard() {
        return new ShapesValidator(OntologyFiles.read(OntologyFiles.SHAPES));
    }

    /** One violation: the focus node, the path, the offending value (may be empty), the message. */
    public record Violation(String severity, String focusNode, String path, String value, String message) {
        public Violation {
            requireNonNull(severity, "severity");
            requireNonNull(focusNode, "focusNode");
            requireNonNull(path, "path");
            requireNonNull(value, "value");
            requireNonNull(message, "message");
        }

        /** One line for people: {@code Violation <focus> <path> value: message}. */
        public String line() {
            return severity + " " + focusNode + (path.isEmpty() ? "" : " " + path)
                    + (value.isEmpty() ? "" : " " + value) + ": " + message;
        }
    }

    /** Validates the union of the named graphs of {@code dataset}. */
    public List<Violation> validate(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> validate(dataset.getUnionGraph()));
    }

    /** Validates {@code data}. */
    public List<Violation> validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Violation> out = new ArrayList<>();
        for (ReportEntry e : report.getEntries()) {
            out.add(new Violation(e.severity().level().getLocalName(), str(e.focusNode()),
                    e.resultPath() == null ? "" : e.resultPath().toString(), str(e.value()),
                    e.message() == null ? "" : e.message()));
        }
        out.sort(Comparator.comparing(Violation::focusNode).thenComparing(Violation::path)
                .thenComparing(Violation::value).thenComparing(Violation::message));
        return out;
    }

    private static String str(Node n) {
        return n == null ? "" : NodeFmtLib.strNT(n);
    }
}
