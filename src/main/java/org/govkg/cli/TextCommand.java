package org.govkg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.govkg.ingest.IngestException;
import org.govkg.ingest.Ingestor;
import org.govkg.ingest.SourceDocument;

/**
 * {@code govkg text FILE [--normalised]}: the text ingest reads from one file. For a PDF or Word file this
 * is the extracted text that a mention's {@code govkg:originalStart}/{@code originalEnd} count in.
 */
public final class TextCommand implements Command {

    @Override
    public String name() {
        return "text";
    }

    @Override
    public String summary() {
        return "print the text read from one file (a PDF's or Word file's: the text offsets count in)";
    }

    private static Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("normalised")
                .desc("print the normalised text the later stages read (govkg:start/end count in it)").get());
        return CommandLines.withHelp(o);
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err, boolean verbose) throws Exception {
        CommandLine cl = CommandLines.parse(name(), "FILE [--normalised]", options(), args, out);
        if (cl == null) {
            return 0;
        }
        List<String> files = cl.getArgList();
        if (files.size() != 1) {
            throw new CommandLines.UsageException("text: give one FILE");
        }
        SourceDocument doc;
        try {
            doc = new Ingestor().read(Path.of(files.get(0)));
        } catch (IngestException e) {
            err.println("text#UNREADABLE " + e.path() + ": " + e.reason());
            return 1;
        }
        out.print(cl.hasOption("normalised") ? doc.text() : doc.original());
        out.flush();
        return 0;
    }
}
