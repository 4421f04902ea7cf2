package org.govkg.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.govkg.serve.GenerationFollower;
import org.govkg.serve.KnowledgeGraphServer;
import org.govkg.store.BuildDirectory;
import org.govkg.store.GraphStore;

/**
 * {@code govkg serve -d DIR [--host 127.0.0.1] [--port 3030] [--timeout 30] [--cors] [--allow-service]}:
 * Fuseki with the web UI, until Ctrl-C.
 */
public final class ServeCommand implements Command {

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "serve a build read-only with Fuseki (SPARQL at /govkg/sparql, web UI at /)";
    }

    private static Options options() {
        Options o = new Options();
        o.addOption(CommandLines.dirOption());
        o.addOption(Option.builder().longOpt("host").hasArg().argName("HOST")
                .desc("address to listen on (default " + KnowledgeGraphServer.DEFAULT_HOST
                        + ", this machine only; 0.0.0.0 for every interface)").get());
        o.addOption(Option.builder("p").longOpt("port").hasArg().argName("PORT")
                .desc("port to listen on (default " + KnowledgeGraphServer.DEFAULT_PORT
                        + ", 0 for any free port)").get());
        o.addOption(Option.builder().longOpt("timeout").hasArg().argName("SECONDS")
                .desc("longest a query may run (default "
                        + KnowledgeGraphServer.DEFAULT_TIMEOUT.toSeconds() + ")")
                .get());
        o.addOption(Option.builder().longOpt("cors")
                .desc("answer cross-origin requests, so that web pages on other sites can query").get());
        o.addOption(Option.builder().longOpt("allow-service")
                .desc("let queries call other endpoints with federated SERVICE (refused by default)").get());
        return CommandLines.withHelp(o);
    }

    @Override
    public int run(String[] args, PrintStream out, PrintStream err, boolean verbose) throws Exception {
        CommandLine cl = CommandLines.parse(name(), "-d DIR [--host HOST] [--port PORT] [--timeout SECONDS]"
                + " [--cors] [--allow-service]", options(),
                args, out);
        if (cl == null) {
            return 0;
        }
        Path dir = CommandLines.buildDir(cl, name());
        int port = number(cl, "port", KnowledgeGraphServer.DEFAULT_PORT);
        int timeout = number(cl, "timeout", (int) KnowledgeGraphServer.DEFAULT_TIMEOUT.toSeconds());
        if (port < 0 || port > 65535) {
            throw new CommandLines.UsageException("serve: --port " + port + " is not a port number");
        }
        if (timeout < 1) {
            throw new CommandLines.UsageException("serve: --timeout must be at least 1 second");
        }
        BuildDirectory build = BuildDirectory.at(dir);
        Path generation;
        GraphStore store;
        try {
            generation = build.requireCurrent();
            store = GraphStore.openExisting(generation);
        } catch (IllegalArgumentException | BuildDirectory.NoBuildException e) {
            throw new CommandLines.UsageException("serve: " + e.getMessage());
        }
        String host = cl.getOptionValue("host", KnowledgeGraphServer.DEFAULT_HOST).strip();
        KnowledgeGraphServer server;
        try {
            server = KnowledgeGraphServer.start(store.dataset(), dir, new KnowledgeGraphServer.Settings(host,
                    port, Duration.ofSeconds(timeout), cl.hasOption("cors"), cl.hasOption("allow-service"),
                    KnowledgeGraphServer.DEFAULT_MAX_REQUEST_BYTES));
        } catch (RuntimeException e) {
            store.close();
            throw new IllegalStateException("cannot listen on " + host + ":" + port + ": "
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()), e);
        }
        // Builds of the same directory publish new generations; the server follows them.
        GenerationFollower follower = new GenerationFollower(build, server, generation, store);
        build.advertise(server.url() + KnowledgeGraphServer.DATASET);
        Thread stopper = new Thread(() -> {
            err.println("serve: stopping");
            build.withdraw();
            server.close();
            follower.close();
        }, "govkg-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(stopper);
        out.println("govkg serving " + dir.toAbsolutePath() + " at " + server.url() + " (Ctrl-C to stop)");
        out.println("  SPARQL endpoint: " + server.sparqlEndpoint());
        server.join();
        return 0;
    }

    private static int number(CommandLine cl, String option, int fallback)
            throws CommandLines.UsageException {
        String v = cl.getOptionValue(option);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new CommandLines.UsageException("serve: --" + option + " needs a number, not '" + v + "'");
        }
    }
}
