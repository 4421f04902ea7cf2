package org.govkg.store;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
 * <p>An entry is complete when its {@value #META} part exists and every other part has the size it lists:
 * that part is written last, and each part is written to a temporary file and renamed, so a killed writer
 * never leaves an entry that looks complete. Parts are not synced one by one (four syncs a document were
 * a tenth of its cost, and far more on a disk that seeks): a killed process loses nothing the operating
 * system was given, and after a power failure a part whose data did not reach the disk is shorter or
 * empty, the entry incomplete, the document processed again. Thread-safe: workers store different keys
 * concurrently.
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
    public boolean has(String key) throws IOException {
        return get(key).isPresent();
    }

    /** The summary of complete entry {@code key}; empty when there is none or it is damaged. */
    public Optional<StoredDocument> get(String key) throws IOException {
        Path meta = file(key, META);
        if (!Files.isRegularFile(meta)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(meta, StandardCharsets.UTF_8);
        return partsWhole(key, lines) ? StoredDocument.parse(lines) : Optional.empty();
    }

    /** Whether every part the summary {@code lines} lists has the size listed. */
    private boolean partsWhole(String key, List<String> lines) throws IOException {
        for (String line : lines) {
            if (line.startsWith(SIZE)) {
                int tab = line.indexOf('\t');
                Path part;
                long size;
                try {
                    part = file(key, line.substring(SIZE.length(), tab));
                    size = Long.parseLong(line.substring(tab + 1));
                } catch (RuntimeException e) {
                    return false;
                }
                if (!Files.isRegularFile(part) || Files.size(part) != size) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The summary's lines that give a part's size: {@code size.PART TAB BYTES}. */
    private static final String SIZE = "size.";

    /** Stores entry {@code key}: the parts in the given order, then the summary, which completes it. */
    public void put(String key, Map<String, Content> parts, StoredDocument summary) throws IOException {
        if (parts.containsKey(META)) {
            throw new IllegalArgumentException("the part " + META + " is the summary's");
        }
        List<String> lines = new ArrayList<>(summary.lines());
        for (Map.Entry<String, Content> part : parts.entrySet()) {
            long size = write(file(key, part.getKey()), part.getValue());
            lines.add(SIZE + part.getKey() + '\t' + size);
        }
        String text = String.join("\n", lines) + "\n";
        write(file(key, META), out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes {@code target} through a temporary file renamed into place; returns its size. */
    private static long write(Path target, Content content) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            long size = Files.size(temp);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return size;
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
