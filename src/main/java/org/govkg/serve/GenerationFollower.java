package org.govkg.serve;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.govkg.store.BuildDirectory;
import org.govkg.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a {@link KnowledgeGraphServer} on the current generation of its build directory: a build of the
 * same directory never disturbs the server (it writes a new generation), and once the build publishes,
 * the server switches to the new generation within a second. The dataset of the generation left behind
 * is closed when its running queries are done (after the query timeout), so the build after next can
 * remove its files.
 */
public final class GenerationFollower implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GenerationFollower.class);

    private final BuildDirectory dir;
    private final KnowledgeGraphServer server;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "govkg-serve-follow");
        t.setDaemon(true);
        return t;
    });
    private Path served;
    private GraphStore store;

    /**
     * @param store the dataset the server serves now, of generation {@code generation}; closed by this
     *              follower when the server leaves it
     */
    public GenerationFollower(BuildDirectory dir, KnowledgeGraphServer server, Path generation,
                              GraphStore store) {
        this.dir = requireNonNull(dir, "dir");
        this.server = requireNonNull(server, "server");
        this.served = requireNonNull(generation, "generation");
        this.store = requireNonNull(store, "store");
        timer.scheduleWithFixedDelay(this::follow, 1, 1, TimeUnit.SECONDS);
    }

    private synchronized void follow() {
        try {
            Optional<Path> current = dir.current();
            if (current.isEmpty() || current.get().equals(served)) {
                return;
            }
            GraphStore next = GraphStore.open(current.get());
            server.replace(next.dataset());
            GraphStore old = store;
            timer.schedule(old::close, server.timeout().toMillis() + 5_000, TimeUnit.MILLISECONDS);
            store = next;
            served = current.get();
            LOG.info("serving generation {}", served.getFileName());
        } catch (RuntimeException e) {
            // A generation removed or not yet readable: try again at the next tick.
            LOG.debug("could not switch to the current generation of {}: {}", dir.path(), e.toString());
        }
    }

    /** The generation served now. */
    public synchronized Path served() {
        return served;
    }

    @Override
    public synchronized void close() {
        timer.shutdownNow();
        store.close();
    }
}
