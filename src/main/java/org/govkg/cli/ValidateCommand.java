package org.govkg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.apache.jena.sparql.exec.http.DSP;
import org.govkg.store.BuildDirectory;
import org.govkg.store.GraphStore;
import org.govkg.store.ShapesValidator;

/** {@code govkg validate -d DIR}: SHACL validation of the merged graph against ontology/shapes.ttl. */
public final class ValidateCommand implements Command {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "check a build against the SHACL shapes (ontology/shapes.ttl); exit 1 on any violation";
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err, boolean verbose) throws Exception {
        Options options = CommandLines.withHelp(new Options().addOption(CommandLines.dirOption()));
        CommandLine cl = CommandLines.parse(name(), "-d DIR", options, args, out);
        if (cl == null) {
            return 0;
        }
        Path dir = CommandLines.buildDir(cl, name());
        ShapesValidator validator = ShapesValidator.standard();
        List<ShapesValidator.Violation> violations = List.of();
        GraphStore store = null;
        try {
            store = open(dir);
        } catch (IllegalStateException locked) {
            // A govkg serve holds the dataset: validate what it serves, read over HTTP.
            String served = BuildDirectory.at(dir).served().orElseThrow(() -> locked);
            violations = validator.validate(DSP.service(served).GET());
        }
        if (store != null) {
            try (GraphStore local = store) {
                violations = validator.validate(local.dataset());
            }
        }
        for (ShapesValidator.Violation v : violations) {
            out.println(v.line());
        }
        if (violations.isEmpty()) {
            err.println("validate: " + dir + " conforms to the shapes");
            return 0;
        }
        err.println("validate#NONCONFORMING " + violations.size() + " violation(s) in " + dir);
        return 1;
    }

    private static GraphStore open(Path dir) throws CommandLines.UsageException {
        try {
            return GraphStore.openExisting(dir);
        } catch (IllegalArgumentException e) {
            throw new CommandLines.UsageException("validate: " + e.getMessage());
        }
    }
}
