package org.govkg.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Per-document build results by key ({@code DIR/cache/ab/abcd….PART}): what a build computed for one
 * document, kept so that a later build of the same content with the same pipeline reuses it instead of
 * processing the document again, and so that a killed build resumes where it stopped.
 * <p>An entry is complete when its {@value #META} part exists: that part is written last, each part is
 * written to a temporary file, synced and renamed, so a killed writer never leaves an entry that looks
 * complete. Thread-safe: workers store different keys concurrently.
 */
public final class DocumentCache {

    /** The part written last; its presence makes an entry complete. */
    public static final String META = "meta";

    /** Writes one part's bytes. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path dir;

    DocumentCache(Path dir) {
        this.dir = requireNonNull(dir, "dir");
    }

    /** The file of {@code part} of entry {@code key}. */
    public Path file(String key, String part) {
        if (!key.matches("[0-9a-f]{16,}")) {
            throw new IllegalArgumentException("not a cache key: " + key);
        }
        return dir.resolve(key.substring(0, 2)).resolve(key + "." + part);
    }

    /** Whether entry {@code key} is complete. */
    public boolean has(String key) {
        return Files.isRegularFile(file(key, META));
    }

    /** The summary of complete entry {@code key}; empty when there is none or it is damaged. */
    public Optional<StoredDocument> get(String key) throws IOException {
        Path meta = file(key, META);
        if (!Files.isRegularFile(meta)) {
            return Optional.empty();
        }
        return StoredDocument.parse(Files.readAllLines(meta, StandardCharsets.UTF_8));
    }

    /** Stores entry {@code key}: the parts in the given order, then the summary, which completes it. */
    public void put(String key, Map<String, Content> parts, StoredDocument summary) throws IOException {
        if (parts.containsKey(META)) {
            throw new IllegalArgumentException("the part " + META + " is the summary's");
        }
        for (Map.Entry<String, Content> part : parts.entrySet()) {
            write(file(key, part.getKey()), part.getValue());
        }
        String text = String.join("\n", summary.lines()) + "\n";
        write(file(key, META), out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void write(Path target, Content content) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Removes every entry whose key is not in {@code keep}. */
    public void retain(Set<String> keep) throws IOException {
        for (Path f : files()) {
            String name = f.getFileName().toString();
            int dot = name.indexOf('.');
            String key = dot > 0 ? name.substring(0, dot) : name;
            if (!keep.contains(key)) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** Removes the temporary files of writers that were killed. */
    void removeLeftovers() throws IOException {
        for (Path f : files()) {
            if (f.getFileName().toString().endsWith(".tmp")) {
                Files.deleteIfExists(f);
            }
        }
    }

    private List<Path> files() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile).toList());
        }
    }
}
