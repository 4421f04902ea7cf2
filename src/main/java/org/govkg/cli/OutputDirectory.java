package org.govkg.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * The output directory of a build, checked before the store is opened, and failures while writing it,
 * each as one reason naming the path: not a directory, permission denied, read-only file system, no space
 * left on device. (Opened blindly, a read-only directory was reported as locked by another process and
 * a file given as {@code -o} as a bare {@code Not a directory}.)
 */
final class OutputDirectory {

    static final String NO_SPACE = "No space left on device";
    static final String READ_ONLY = "Read-only file system";

    private OutputDirectory() {
    }

    /** Creates {@code out} if needed and makes sure files can be created in it and in its store. */
    static void prepare(Path out) throws IOException {
        for (Path p = out.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new IOException("not a directory: " + p);
            }
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new IOException(reason(e, "cannot create", out), e);
        }
        probe(out);
        Path store = out.resolve("tdb2");
        if (Files.isDirectory(store)) {
            probe(store);
        }
    }

    private static void probe(Path dir) throws IOException {
        Path probe;
        try {
            probe = Files.createTempFile(dir, ".govkg-probe", ".tmp");
        } catch (IOException e) {
            throw new IOException(reason(e, "cannot write in", dir), e);
        }
        Files.deleteIfExists(probe);
    }

    /** The one-line reason for an I/O failure on {@code path} while doing {@code what}. */
    static String reason(IOException e, String what, Path path) {
        String detail = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                : String.valueOf(e.getMessage());
        if (e instanceof AccessDeniedException || detail.contains("Permission denied")) {
            return "permission denied: " + what + " " + path;
        }
        if (detail.contains(READ_ONLY)) {
            return "read-only file system: " + what + " " + path;
        }
        if (detail.contains(NO_SPACE)) {
            return NO_SPACE + " while writing " + path;
        }
        if (e instanceof NotDirectoryException || e instanceof FileAlreadyExistsException
                || detail.contains("Not a directory")) {
            return "not a directory: " + path;
        }
        return what + " " + path + ": " + detail;
    }

    /**
     * The reason for a failure while the build wrote into {@code out}, when the file system is behind
     * it (disk full, read-only); null for other failures. A full disk under a memory-mapped store file
     * shows as an {@link InternalError} from the JVM, not as an I/O error.
     */
    static String writeFailure(Throwable e, Path out) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException f && f.getReason() != null && f.getFile() != null
                    && (f.getReason().contains(NO_SPACE) || f.getReason().contains(READ_ONLY))) {
                return f.getReason().contains(NO_SPACE) ? NO_SPACE + " while writing " + f.getFile()
                        : "read-only file system: cannot write " + f.getFile();
            }
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (String.valueOf(t.getMessage()).contains(NO_SPACE)) {
                return NO_SPACE + " while writing " + out;
            }
        }
        if (e instanceof InternalError && usableSpace(out) < 1024 * 1024) {
            return NO_SPACE + " while writing " + out.resolve("tdb2")
                    + " (the store could not grow its memory-mapped files)";
        }
        return null;
    }

    private static long usableSpace(Path out) {
        try {
            return Files.getFileStore(out).getUsableSpace();
        } catch (IOException e) {
            return Long.MAX_VALUE;
        }
    }
}
