package org.govkg.ingest;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Expands input paths (files and directories, searched recursively) to the sorted list of report files
 * ({@code .txt}, {@code .html}, {@code .htm}) a build reads.
 * <p>Requires: paths as given by the user. Produces: the files, and a {@link Problem} for each path that
 * is missing, not a report file, not a regular file (a device, FIFO or socket, also behind a symbolic
 * link: reading one could block or never end), or a directory that cannot be listed; a bad path never
 * stops the others, and a directory that cannot be listed skips only itself. Symbolic links to
 * directories are not followed (no cycles).
 */
public final class InputScanner {

    /** A path that cannot be read as input, with a short reason. */
    public record Problem(Path path, String reason) {
        public Problem {
            requireNonNull(path, "path");
            requireNonNull(reason, "reason");
        }
    }

    /** The files found, sorted and without duplicates, and the problems met. */
    public record Result(List<Path> files, List<Problem> problems) {
        public Result {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    /** Lists a directory's entries; the file system's own listing outside tests. */
    @FunctionalInterface
    interface Lister {
        List<Path> list(Path dir) throws IOException;
    }

    private static final Lister FILE_SYSTEM = dir -> {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            entries.forEach(out::add);
        }
        return out;
    };

    private InputScanner() {
    }

    public static Result scan(List<Path> inputs) {
        return scan(inputs, FILE_SYSTEM);
    }

    static Result scan(List<Path> inputs, Lister lister) {
        requireNonNull(inputs, "inputs");
        TreeSet<Path> files = new TreeSet<>();
        List<Problem> problems = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(new Problem(input, "no such file or directory"));
            } else if (!Files.exists(input)) {
                problems.add(new Problem(input, "broken symbolic link"));
            } else if (Files.isDirectory(input)) {
                walk(input, lister, files, problems);
            } else if (!isReportFile(input)) {
                problems.add(new Problem(input, "not a .txt, .html or .htm file"));
            } else if (!Files.isRegularFile(input)) {
                problems.add(new Problem(input, notRegular(input)));
            } else {
                files.add(input.normalize());
            }
        }
        // A path given both inside a directory and by itself is reported once.
        List<Problem> once = new ArrayList<>();
        java.util.Set<Path> seen = new java.util.HashSet<>();
        for (Problem p : problems) {
            if (seen.add(p.path().normalize())) {
                once.add(p);
            }
        }
        return new Result(new ArrayList<>(files), once);
    }

    private static void walk(Path dir, Lister lister, TreeSet<Path> files, List<Problem> problems) {
        List<Path> entries;
        try {
            entries = new ArrayList<>(lister.list(dir));
        } catch (IOException e) {
            problems.add(new Problem(dir, "cannot list directory: " + reason(e)));
            return;
        }
        entries.sort(null);
        for (Path entry : entries) {
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                walk(entry, lister, files, problems);
            } else if (isReportFile(entry)) {
                if (Files.isRegularFile(entry)) {
                    files.add(entry.normalize());
                } else if (!Files.isDirectory(entry)) {
                    problems.add(new Problem(entry, notRegular(entry)));
                }
            }
        }
    }

    /** Why {@code path}, which exists, is no regular file: its kind, and where a link points. */
    static String notRegular(Path path) {
        String kind = "not a regular file";
        try {
            Object mode = Files.getAttribute(path, "unix:mode");
            if (mode instanceof Integer m) {
                kind = switch (m & 0170000) {
                    case 0020000 -> "a character device";
                    case 0060000 -> "a block device";
                    case 0010000 -> "a FIFO (named pipe)";
                    case 0140000 -> "a socket";
                    default -> kind;
                };
            }
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            BasicFileAttributes a = null;
            try {
                a = Files.readAttributes(path, BasicFileAttributes.class);
            } catch (IOException ignored) {
                // the kind stays unnamed
            }
            if (a != null && a.isOther()) {
                kind = "a device, FIFO or socket";
            }
        }
        String link = "";
        if (Files.isSymbolicLink(path)) {
            try {
                link = " (symbolic link to " + Files.readSymbolicLink(path) + ")";
            } catch (IOException e) {
                link = " (symbolic link)";
            }
        }
        return kind.startsWith("not") ? kind + link : "not a regular file: " + kind + link + ", not read";
    }

    /** The short reason of an I/O failure on a directory: permission denied, missing, or the message. */
    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such directory";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Whether {@code path}'s name ends in .txt, .html or .htm (any case). */
    public static boolean isReportFile(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm");
    }
}
