package org.govkg.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A build directory: complete generations of output, one of them current, and the cache of per-document
 * graphs that makes builds incremental and resumable.
 * <pre>
 *   generations/000007/   one build's whole output: dumps, entities.tsv, tdb2/, manifest.json, …
 *   current               symbolic link to the current generation, replaced by one atomic rename
 *   govkg.ttl, tdb2, …    stable links into current/, so that paths stay the same across builds
 *   cache/                per-document graphs by key ({@link DocumentCache})
 *   .lock                 held by the one build that writes the directory
 * </pre>
 * <p>A generation becomes visible whole or not at all: a build writes a new generation directory that
 * no reader looks at, syncs it to disk and only then points {@code current} at it. A build killed or
 * failing at any moment leaves {@code current} where it was; the half-written generation is removed by
 * the next build. Readers resolve {@code current} once when they open, so a reader keeps one generation
 * for its whole life even while a build publishes the next one; the generation before the current one is
 * kept for such readers, older ones are removed unless a running process still holds their dataset.
 */
public final class BuildDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(BuildDirectory.class);

    public static final String CURRENT = "current";
    public static final String GENERATIONS = "generations";
    public static final String CACHE = "cache";
    static final String LOCK = ".lock";
    /** Written by {@code govkg serve}: the URL it serves this directory at and its process id. */
    static final String SERVING = ".serving";
    /** Names that say a directory holds a govkg build (of this or an earlier layout). */
    private static final Set<String> OURS = Set.of(CURRENT, GENERATIONS, CACHE, LOCK, GraphStore.TDB2_DIR,
            "govkg.ttl", "entities.tsv");

    /** Files a fresh output directory may hold (the project's own output/ keeps a README). */
    private static final Set<String> PLACEHOLDERS = Set.of("README.md", ".gitkeep", ".gitignore");

    private final Path dir;

    private BuildDirectory(Path dir) {
        this.dir = dir;
    }

    public static BuildDirectory at(Path dir) {
        return new BuildDirectory(requireNonNull(dir, "dir"));
    }

    public Path path() {
        return dir;
    }

    /**
     * The current generation's directory, resolved now; empty when nothing was built here. For a
     * directory written by an earlier govkg (outputs at the top, no generations) the directory itself.
     */
    public Optional<Path> current() {
        Path link = dir.resolve(CURRENT);
        try {
            if (Files.isSymbolicLink(link)) {
                return Optional.of(link.toRealPath());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": the current generation cannot be read: " + e, e);
        }
        if (Files.isDirectory(dir.resolve(GraphStore.TDB2_DIR), LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(dir);
        }
        return Optional.empty();
    }

    /** The current generation, or a one-line reason naming the directory when there is none. */
    public Path requireCurrent() throws NoBuildException {
        if (!Files.isDirectory(dir)) {
            throw new NoBuildException(dir + ": no such build directory; run govkg build first");
        }
        return current().orElseThrow(() -> new NoBuildException(dir
                + " holds no build; run govkg build first"));
    }

    /**
     * Records that this process serves the directory at {@code url} (a dataset URL that answers SPARQL
     * queries and graph-store reads), for readers that cannot open a dataset the server holds.
     */
    public void advertise(String url) throws IOException {
        Path temp = dir.resolve(SERVING + ".tmp");
        Files.writeString(temp, url + "\n" + ProcessHandle.current().pid() + "\n");
        Files.move(temp, dir.resolve(SERVING), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /** Withdraws {@link #advertise}. */
    public void withdraw() {
        try {
            Files.deleteIfExists(dir.resolve(SERVING));
        } catch (IOException e) {
            LOG.debug("could not remove {}: {}", dir.resolve(SERVING), e.toString());
        }
    }

    /** The dataset URL of a live {@code govkg serve} of this directory, if there is one. */
    public Optional<String> served() {
        try {
            List<String> lines = Files.readAllLines(dir.resolve(SERVING));
            if (lines.size() >= 2 && ProcessHandle.of(Long.parseLong(lines.get(1).strip())).isPresent()) {
                return Optional.of(lines.get(0).strip());
            }
        } catch (IOException | NumberFormatException e) {
            LOG.debug("no live server of {}: {}", dir, e.toString());
        }
        return Optional.empty();
    }

    /** A directory that holds no build where one was expected. */
    public static final class NoBuildException extends IOException {
        private static final long serialVersionUID = 1L;

        public NoBuildException(String message) {
            super(message);
        }
    }

    /**
     * Takes the directory for writing a new generation: creates it if needed and locks it against other
     * builds. Refuses a non-empty directory that holds no govkg build (so {@code -o ~} cannot clobber a
     * home directory) and a directory another build holds.
     */
    public Writer lock() throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException("not a directory: " + dir);
        }
        Files.createDirectories(dir);
        try (Stream<Path> entries = Files.list(dir)) {
            List<String> names = entries.map(p -> p.getFileName().toString()).toList();
            boolean fresh = names.stream().allMatch(PLACEHOLDERS::contains);
            if (!fresh && names.stream().noneMatch(OURS::contains)) {
                throw new IOException(dir + " is not empty and holds no govkg build; give a new or empty "
                        + "output directory");
            }
        }
        Path lockFile = dir.resolve(LOCK);
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (AccessDeniedException e) {
            throw new IOException(dir + " is not writable (permission denied)", e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IOException(dir + " is being written by another govkg build; wait for it to finish");
        }
        return new Writer(channel, lock);
    }

    /** Generation numbers present, ascending. */
    List<Integer> generations() throws IOException {
        Path gens = dir.resolve(GENERATIONS);
        if (!Files.isDirectory(gens)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(gens)) {
            return s.map(p -> number(p.getFileName().toString())).filter(OptionalInt::isPresent)
                    .map(OptionalInt::getAsInt).sorted().toList();
        }
    }

    private static OptionalInt number(String name) {
        return name.matches("\\d{6,}") ? OptionalInt.of(Integer.parseInt(name)) : OptionalInt.empty();
    }

    private static String name(int generation) {
        return String.format(Locale.ROOT, "%06d", generation);
    }

    OptionalInt currentNumber() {
        Path link = dir.resolve(CURRENT);
        if (!Files.isSymbolicLink(link)) {
            return OptionalInt.empty();
        }
        try {
            return number(Files.readSymbolicLink(link).getFileName().toString());
        } catch (IOException e) {
            return OptionalInt.empty();
        }
    }

    /** The lock of one build on the directory, and what only that build may do. */
    public final class Writer implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;
        private final DocumentCache cache;

        private Writer(FileChannel channel, FileLock lock) throws IOException {
            this.channel = channel;
            this.lock = lock;
            this.cache = new DocumentCache(dir.resolve(CACHE));
            removeUnpublished();
            cache.removeLeftovers();
        }

        public BuildDirectory directory() {
            return BuildDirectory.this;
        }

        public DocumentCache cache() {
            return cache;
        }

        /** Creates the directory of the next generation; nothing reads it until {@link #publish}. */
        public Path newGeneration() throws IOException {
            List<Integer> gens = generations();
            int next = Math.max(gens.isEmpty() ? 0 : gens.get(gens.size() - 1),
                    currentNumber().orElse(0)) + 1;
            Path gen = dir.resolve(GENERATIONS).resolve(name(next));
            Files.createDirectories(gen.getParent());
            Files.createDirectory(gen);
            return gen;
        }

        /**
         * Makes {@code generation} (from {@link #newGeneration}) the current one: syncs it to disk, swaps
         * the {@code current} link in one rename, points the top-level links at its files, and removes
         * generations no reader needs any more.
         */
        public void publish(Path generation) throws IOException {
            Durable.syncTree(generation);
            Durable.sync(generation.getParent());
            Path temp = dir.resolve(".current.tmp");
            Files.deleteIfExists(temp);
            Files.createSymbolicLink(temp, dir.relativize(generation));
            Files.move(temp, dir.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE);
            Durable.sync(dir);
            linkOutputs(generation);
            prune();
        }

        /** Top-level links {@code NAME -> current/NAME} for what the generation has; none for the rest. */
        private void linkOutputs(Path generation) throws IOException {
            List<String> names;
            try (Stream<Path> s = Files.list(generation)) {
                names = s.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("."))
                        .sorted().toList();
            }
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : s.toList()) {
                    String n = p.getFileName().toString();
                    if (Files.isSymbolicLink(p) && !n.equals(CURRENT) && !names.contains(n)
                            && Files.readSymbolicLink(p).startsWith(CURRENT)) {
                        Files.delete(p);
                    }
                }
            }
            for (String n : names) {
                Path top = dir.resolve(n);
                Path target = Path.of(CURRENT, n);
                if (Files.isSymbolicLink(top) && Files.readSymbolicLink(top).equals(target)) {
                    continue;
                }
                if (Files.exists(top, LinkOption.NOFOLLOW_LINKS)) {
                    // An output of the layout before generations: this generation replaces it.
                    if (!removeLegacy(top)) {
                        continue;
                    }
                }
                Path temp = dir.resolve("." + n + ".link.tmp");
                Files.deleteIfExists(temp);
                Files.createSymbolicLink(temp, target);
                Files.move(temp, top, StandardCopyOption.ATOMIC_MOVE);
            }
        }

        private boolean removeLegacy(Path top) throws IOException {
            if (Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS) && GraphStore.heldByLiveProcess(top)) {
                LOG.warn("{} is still open in another process; left in place", top);
                return false;
            }
            deleteTree(top);
            return true;
        }

        /** Keeps the current generation and the one before it; removes the others nobody holds open. */
        private void prune() throws IOException {
            List<Integer> gens = generations();
            int current = currentNumber().orElse(-1);
            int previous = gens.stream().filter(g -> g < current).max(Comparator.naturalOrder()).orElse(-1);
            for (int g : gens) {
                if (g != current && g != previous) {
                    removeGeneration(g);
                }
            }
        }

        /** Generations newer than the current one are what killed or failed builds left: remove them. */
        private void removeUnpublished() throws IOException {
            int current = currentNumber().orElse(0);
            for (int g : generations()) {
                if (g > current) {
                    removeGeneration(g);
                }
            }
            Files.deleteIfExists(dir.resolve(".current.tmp"));
        }

        private void removeGeneration(int g) throws IOException {
            Path gen = dir.resolve(GENERATIONS).resolve(name(g));
            if (GraphStore.heldByLiveProcess(gen.resolve(GraphStore.TDB2_DIR))) {
                LOG.debug("generation {} is still open in another process; kept", gen);
                return;
            }
            deleteTree(gen);
        }

        /** Removes one generation, e.g. the one a failed build was writing. */
        public void discard(Path generation) {
            try {
                deleteTree(generation);
            } catch (IOException e) {
                LOG.warn("could not remove {}: {}", generation, e.toString());
            }
        }

        @Override
        public void close() throws IOException {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }

    /** Deletes a file or a directory tree; a missing one is fine. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(root);
            return;
        }
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.forEach(paths::add);
        }
        for (int i = paths.size() - 1; i >= 0; i--) {
            try {
                Files.delete(paths.get(i));
            } catch (NoSuchFileException | DirectoryNotEmptyException e) {
                LOG.debug("while removing {}: {}", root, e.toString());
            }
        }
    }
}
