package org.govkg.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Writes the property-graph exports of a dataset ({@link PropertyGraph}): GraphML, GEXF and the Neo4j
 * import directory, as {@link DumpFormat#GRAPHML}, {@link DumpFormat#GEXF} and {@link DumpFormat#NEO4J}.
 * Files are written to a temporary file and renamed; the Neo4j directory is written into a temporary
 * directory that then replaces the old one (two renames: a reader may briefly find none, never half of
 * one).
 */
public final class PropertyGraphExport {

    private PropertyGraphExport() {
    }

    /** Writes every property-graph format among {@code formats} into {@code dir}, under its file name. */
    public static void write(DatasetGraph dataset, Path dir, Collection<DumpFormat> formats)
            throws IOException {
        List<DumpFormat> wanted = formats.stream().filter(DumpFormat::propertyGraph).distinct().sorted()
                .toList();
        if (wanted.isEmpty()) {
            return;
        }
        PropertyGraph graph = PropertyGraph.read(dataset);
        for (DumpFormat f : wanted) {
            write(graph, f, dir.resolve(f.fileName()));
        }
    }

    /**
     * Writes the property graph of {@code dataset} as {@code format} to {@code target} (a file, or a
     * directory for neo4j).
     *
     * @return the graph written
     */
    public static PropertyGraph write(DatasetGraph dataset, DumpFormat format, Path target)
            throws IOException {
        PropertyGraph graph = PropertyGraph.read(dataset);
        write(graph, format, target);
        return graph;
    }

    /** Writes {@code graph} as {@code format} to {@code target}. */
    static void write(PropertyGraph graph, DumpFormat format, Path target) throws IOException {
        switch (format) {
            case GRAPHML -> AtomicFile.write(target, out -> GraphMlWriter.write(graph, out));
            case GEXF -> AtomicFile.write(target, out -> GexfWriter.write(graph, out));
            case NEO4J -> writeDirectory(target, dir -> Neo4jCsvWriter.write(graph, dir));
            default -> throw new IllegalArgumentException(format.id() + " is not a property-graph format");
        }
    }

    /** Fills a directory. */
    private interface DirectoryContent {
        void writeTo(Path dir) throws IOException;
    }

    /** Fills a temporary directory next to {@code target}, then puts it in the place of {@code target}. */
    private static void writeDirectory(Path target, DirectoryContent content) throws IOException {
        Path abs = target.toAbsolutePath();
        Path parent = abs.getParent();
        Files.createDirectories(parent);
        String name = abs.getFileName().toString();
        if (Files.exists(abs) && !Files.isDirectory(abs)) {
            throw new IOException(abs + " exists and is not a directory");
        }
        removeLeftovers(parent, name);
        Path temp = Files.createTempDirectory(parent, "." + name + "-");
        Path old = null;
        try {
            content.writeTo(temp);
            readableByAll(temp);
            if (Files.exists(abs)) {
                old = Files.createTempDirectory(parent, "." + name + "-");
                Files.move(abs, old.resolve(name), StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(temp, abs, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteTree(temp);
            if (old != null) {
                deleteTree(old);
            }
        }
    }

    /** Removes the temporary directories an earlier, killed export of {@code name} left in {@code parent}. */
    private static void removeLeftovers(Path parent, String name) throws IOException {
        try (Stream<Path> files = Files.list(parent)) {
            for (Path p : files.toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith("." + name + "-") && Files.isDirectory(p)) {
                    deleteTree(p);
                }
            }
        }
    }

    private static void readableByAll(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.toList()) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
                        Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the default permissions are all we have.
            return;
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
