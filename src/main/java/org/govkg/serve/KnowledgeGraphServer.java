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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded Fuseki server of {@code govkg serve}: on 127.0.0.1 only, one read-only dataset
 * {@code /govkg} with SPARQL query at {@code /govkg}, {@code /govkg/sparql} and {@code /govkg/query},
 * graph store reads at {@code /govkg/get}, a query timeout, and the Fuseki web UI at {@code /}.
 * <p>No update operation is registered, so SPARQL Update and graph store writes are refused; the
 * {@code /$/} endpoints the UI reads (server, datasets, ping, stats) answer GET only.
 */
public final class KnowledgeGraphServer implements AutoCloseable {

    static {
        // Jena's constants are only safe to touch once its subsystems are initialised.
        JenaSystem.init();
    }

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeGraphServer.class);

    /** The dataset's name in URLs. */
    public static final String DATASET = "govkg";
    /** Port used when none is given. */
    public static final int DEFAULT_PORT = 3030;
    /** Query timeout used when none is given. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final FusekiServer server;
    private final Duration timeout;

    private KnowledgeGraphServer(FusekiServer server, Duration timeout) {
        this.server = server;
        this.timeout = timeout;
    }

    /**
     * Builds and starts the server.
     *
     * @param dataset the dataset to serve (its default graph should be the union of its named graphs)
     * @param workDir a directory of the build, used by the UI as its base area (nothing is written there)
     * @param port    the port, or 0 for any free port
     * @param timeout the longest a query may run
     */
    public static KnowledgeGraphServer start(DatasetGraph dataset, Path workDir, int port, Duration timeout) {
        requireNonNull(dataset, "dataset");
        requireNonNull(workDir, "workDir");
        requireNonNull(timeout, "timeout");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port " + port + " outside 0..65535");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout " + timeout + " must be positive");
        }
        DataService service = service(dataset, timeout);
        FusekiServer server = FusekiServer.create()
                .port(port)
                .loopback(true)
                // The UI module finds its files through the server control object; nothing is set up on disk.
                .addServletAttribute(Fuseki.attrFusekiServerCtl,
                        new FusekiServerCtl(workDir.toAbsolutePath()))
                .fusekiModules(FusekiModules.create(FMod_UI.create()))
                .addServlet("/$/server", new ActionServerStatus())
                .addServlet("/$/datasets/*", new ActionDatasets())
                .addFilter("/$/*", new ReadOnlyAdminFilter())
                .enablePing(true)
                .enableStats(true)
                .add("/" + DATASET, service)
                .build();
        server.start();
        LOG.info("serving {} at http://127.0.0.1:{}/ (SPARQL: /{}/sparql, read-only, timeout {} s)",
                workDir, server.getHttpPort(), DATASET, timeout.toSeconds());
        return new KnowledgeGraphServer(server, timeout);
    }

    /** The read-only service of {@code dataset}: query and graph-store reads, with the query timeout. */
    private static DataService service(DatasetGraph dataset, Duration timeout) {
        dataset.getContext().set(ARQ.queryTimeout, Long.toString(timeout.toMillis()));
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
     * that arrive from now on see it, requests already running finish on the one they began with.
     *
     * @return the dataset served until now, for the caller to close once its running requests are done
     *         (after the query timeout at the latest)
     */
    public synchronized DatasetGraph replace(DatasetGraph dataset) {
        requireNonNull(dataset, "dataset");
        DataService service = service(dataset, timeout);
        service.setEndpointProcessors(server.getOperationRegistry());
        service.goActive();
        DataAccessPointRegistry registry = server.getDataAccessPointRegistry();
        String name = "/" + DATASET;
        DataAccessPoint old = registry.get(name);
        registry.put(name, new DataAccessPoint(name, service));
        LOG.info("now serving a new generation");
        return old.getDataService().getDataset();
    }

    /** The longest a query may run. */
    public Duration timeout() {
        return timeout;
    }

    /** The port it listens on. */
    public int port() {
        return server.getHttpPort();
    }

    /** {@code http://127.0.0.1:PORT/}. */
    public String url() {
        return "http://127.0.0.1:" + port() + "/";
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
