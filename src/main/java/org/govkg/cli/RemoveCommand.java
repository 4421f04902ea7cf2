package org.govkg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;
import org.govkg.export.DumpFormat;
import org.govkg.export.GraphOutput;
import org.govkg.store.BuildDirectory;
import org.govkg.store.Manifest;

/**
 * {@code govkg remove -d DIR DOC...}: a new generation of the build without the named documents, made
 * from what the build directory holds (nothing is processed again).
 */
public final class RemoveCommand implements Command {

    @Override
    public String name() {
        return "remove";
    }

    @Override
    public String summary() {
        return "remove documents (by id or input path) from a build";
    }

    private static Options options() {
        Options o = new Options();
        o.addOption(CommandLines.dirOption());
        return CommandLines.withHelp(o);
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err, boolean verbose) throws Exception {
        CommandLine cl = CommandLines.parse(name(), "-d DIR DOC...", options(), args, out);
        if (cl == null) {
            return 0;
        }
        if (cl.getArgList().isEmpty()) {
            throw new CommandLines.UsageException("remove: no DOC given (a document id or input path; see "
                    + "manifest.json)");
        }
        Path dir = CommandLines.buildDir(cl, name());
        Manifest manifest = Manifest.read(BuildDirectory.at(dir).requireCurrent()).orElseThrow(() ->
                new CommandLines.UsageException("remove: " + dir + " was built by an earlier govkg (no "
                        + Manifest.FILE + "); build it again first"));
        Set<String> gone = new LinkedHashSet<>();
        for (String doc : cl.getArgList()) {
            List<Manifest.Document> hits = manifest.documents().stream().filter(d -> matches(d,
                    doc)).toList();
            if (hits.isEmpty()) {
                err.println("remove#MISSING " + doc + ": no such document in " + dir);
                return 1;
            }
            hits.forEach(d -> gone.add(d.id()));
        }
        List<Manifest.Document> rest = new ArrayList<>(manifest.documents());
        rest.removeIf(d -> gone.contains(d.id()));
        List<DumpFormat> formats = manifest.formats().stream().map(DumpFormat::of).toList();
        try (GraphOutput output = new GraphOutput(dir, manifest.base(), formats, manifest.gzip(),
                manifest.pipeline())) {
            GraphOutput.Published p = output.publish(rest);
            err.println(String.format(Locale.ROOT, "removed %d documents, %d left, %d triples", gone.size(),
                    p.documents(), p.triples()));
        }
        return 0;
    }

    private static boolean matches(Manifest.Document d, String doc) {
        return d.id().equals(doc) || d.path().equals(doc)
                || Path.of(d.path()).normalize().equals(Path.of(doc).normalize());
    }
}
