package org.govkg.serve;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.ActionDatasets;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sys.JenaSystem;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Fuseki server of {@code govkg serve}: one read-only dataset {@code /govkg} with SPARQL
 * query at {@code /govkg}, {@code /govkg/sparql} and {@code /govkg/query}, graph store reads at
 * {@code /govkg/get}, full-text search ({@code text:query}) when the dataset has an index, a query
 * timeout, and the Fuseki web UI at {@code /}. By default it listens on 127.0.0.1 only, without CORS,
 * and refuses federated {@code SERVICE} calls (which would make the server fetch any URL).
 * <p>No update operation is registered, so SPARQL Update and graph store writes are refused; the
 * {@code /$/} endpoints the UI reads (server, datasets, ping, stats) answer GET only. Requests larger
 * than {@link Settings#maxRequestBytes()} are refused before they are read ({@link RequestLimitFilter}),
 * and a query that times out while its results are written fails as a whole
 * ({@link CompleteResultsFilter}).
 */
public final class KnowledgeGraphServer implements AutoCloseable {

    static {
        // Jena's constants are only safe to touch once its subsystems are initialised.
        JenaSystem.init();
    }

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeGraphServer.class);

    /** The dataset's name in URLs. */
    public static final String DATASET = "govkg";
    /** Host used when none is given: the loopback interface only. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** Port used when none is given. */
    public static final int DEFAULT_PORT = 3030;
    /** Query timeout used when none is given. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /** Largest request body or query string accepted: far above any hand-written SPARQL query. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1L << 20;
    /** Results held back in memory so that a timeout can still change the status. */
    static final int HELD_RESULT_BYTES = 16 << 20;

    /**
     * How the server is set up.
     *
     * @param host            the address to listen on (127.0.0.1, a host name, or 0.0.0.0 for all)
     * @param port            the port, or 0 for any free port
     * @param timeout         the longest a query may run
     * @param cors            whether to answer cross-origin requests from any web page
     * @param allowService    whether federated SERVICE clauses may call other endpoints
     * @param maxRequestBytes the largest request body or query string accepted
     */
    public record Settings(String host, int port, Duration timeout, boolean cors, boolean allowService,
            long maxRequestBytes) {
        public Settings {
            requireNonNull(host, "host");
            requireNonNull(timeout, "timeout");
            if (host.isBlank()) {
                throw new IllegalArgumentException("host must not be blank");
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port " + port + " outside 0..65535");
            }
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout " + timeout + " must be positive");
            }
            if (maxRequestBytes < 1) {
                throw new IllegalArgumentException("maxRequestBytes " + maxRequestBytes
                        + " must be positive");
            }
        }

        /** 127.0.0.1, no CORS, no SERVICE, the default request limit. */
        public static Settings local(int port, Duration timeout) {
            return new Settings(DEFAULT_HOST, port, timeout, false, false, DEFAULT_MAX_REQUEST_BYTES);
        }
    }

    private final FusekiServer server;
    private final String host;
    private final Settings settings;

    private KnowledgeGraphServer(FusekiServer server, Settings settings) {
        this.server = server;
        this.host = settings.host();
        this.settings = settings;
    }

    /** The read-only service of {@code dataset}: query and graph-store reads, with the query timeout. */
    private static DataService service(DatasetGraph dataset, Settings settings) {
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(settings.timeout().toMillis()));
        dataset.getContext().set(ARQ.httpServiceAllowed, settings.allowService());
        return DataService.newBuilder(dataset)
                .addEndpoint(Operation.Query)
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R)
                .addEndpoint(Operation.GSP_R, "get")
                .build();
    }

    /**
     * Serves {@code dataset} from now on in place of the current one (a new build generation): requests
     * that arrive from now on see it, requests already running finish on the one they began with. The
     * caller closes the dataset served until now once those are done (after the query timeout at the latest).
     */
    public synchronized void replace(DatasetGraph dataset) {
        requireNonNull(dataset, "dataset");
        DataService service = service(dataset, settings);
        service.setEndpointProcessors(server.getOperationRegistry());
        service.goActive();
        DataAccessPointRegistry registry = server.getDataAccessPointRegistry();
        String name = "/" + DATASET;
        registry.put(name, new DataAccessPoint(name, service));
        LOG.info("now serving a new generation");
    }

    /** The longest a query may run. */
    public Duration timeout() {
        return settings.timeout();
    }

    /** Starts a server on 127.0.0.1 with the default settings for {@code port} and {@code timeout}. */
    public static KnowledgeGraphServer start(DatasetGraph dataset, Path workDir, int port, Duration timeout) {
        return start(dataset, workDir, Settings.local(port, timeout));
    }

    /**
     * Builds and starts the server.
     *
     * @param dataset  the dataset to serve (its default graph should be the union of its named graphs)
     * @param workDir  a directory of the build, used by the UI as its base area (nothing is written there)
     * @param settings host, port, timeout and what is allowed
     */
    public static KnowledgeGraphServer start(DatasetGraph dataset, Path workDir, Settings settings) {
        return start(dataset, workDir, settings, HELD_RESULT_BYTES);
    }

    /** As {@link #start(DatasetGraph, Path, Settings)}, holding back up to {@code heldBytes} of results. */
    static KnowledgeGraphServer start(DatasetGraph dataset, Path workDir, Settings settings, int heldBytes) {
        requireNonNull(dataset, "dataset");
        requireNonNull(workDir, "workDir");
        requireNonNull(settings, "settings");
        DataService service = service(dataset, settings);
        FusekiServer server = FusekiServer.create()
                .port(settings.port())
                .enableCors(settings.cors())
                // The UI module finds its files through the server control object; nothing is set up on disk.
                .addServletAttribute(Fuseki.attrFusekiServerCtl,
                        new FusekiServerCtl(workDir.toAbsolutePath()))
                .fusekiModules(FusekiModules.create(FMod_UI.create()))
                .addFilter("/*", new RequestLimitFilter(settings.maxRequestBytes()))
                .addFilter("/" + DATASET + "/*", new CompleteResultsFilter(heldBytes))
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/$/datasets/*", new ActionDatasets())
                .addFilter("/$/*", new ReadOnlyAdminFilter())
                .enablePing(true)
                .enableStats(true)
                .add("/" + DATASET, service)
                .build();
        for (Connector c : server.getJettyServer().getConnectors()) {
            if (c instanceof ServerConnector connector) {
                connector.setHost(settings.host());
            }
        }
        server.start();
        KnowledgeGraphServer started = new KnowledgeGraphServer(server, settings);
        LOG.info("serving {} at {} (SPARQL: /{}/sparql, read-only, timeout {} s{}{})", workDir, started.url(),
                DATASET, settings.timeout().toSeconds(), settings.cors() ? ", CORS" : "",
                settings.allowService() ? ", SERVICE allowed" : "");
        return started;
    }

    /** The port it listens on. */
    public int port() {
        return server.getHttpPort();
    }

    /** {@code http://HOST:PORT/}; for a server on all interfaces, its loopback address. */
    public String url() {
        String h = host.equals("0.0.0.0") || host.equals("::") ? DEFAULT_HOST : host;
        return "http://" + (h.contains(":") ? "[" + h + "]" : h) + ":" + port() + "/";
    }

    /** The SPARQL query endpoint. */
    public String sparqlEndpoint() {
        return url() + DATASET + "/sparql";
    }

    /** Blocks until the server stops. */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
