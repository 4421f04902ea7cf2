package org.govkg.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes a file so that readers see the old content or the complete new one, never a half-written one. */
final class AtomicFile {

    /** Writes the content to {@code target}'s directory. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes {@code content} to a temporary file next to {@code target}, then renames it over the target. */
    static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            readableByAll(temp);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Temporary files are private to their owner; a dump is not. */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the default permissions are all we have.
            return;
        }
    }

    /**
     * Deletes the temporary files a killed writer left in {@code dir} for the files named {@code names}.
     * Call only while no other writer can use {@code dir} (a build holds the TDB2 lock).
     */
    static void removeLeftovers(Path dir, java.util.Collection<String> names) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                if (n.endsWith(".tmp") && names.stream().anyMatch(t -> n.startsWith("." + t))) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }
}
