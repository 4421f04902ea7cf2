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
import java.util.TreeMap;

/**
 * Expands input paths (files and directories, searched recursively) to the sorted list of report files
 * ({@code .txt}, {@code .html}, {@code .htm}, {@code .pdf}, {@code .docx}, {@code .doc}, {@code .odt},
 * {@code .wps}, {@code .rtf}) a build reads.
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

    /**
     * A report file and its identity in the build: its path below the directory given as input, with
     * {@code /} between names (e.g. {@code 2023/政府工作报告.txt}), or its file name when the file itself was
     * given. The identity does not depend on where the corpus lies, so the same report gets the same
     * IRIs on every machine, and files in different folders of one input never collide.
     */
    public record Input(Path path, String id) {
        public Input {
            requireNonNull(path, "path");
            requireNonNull(id, "id");
        }
    }

    /** The files found, sorted by path and without duplicates, and the problems met. */
    public record Result(List<Input> inputs, List<Problem> problems) {
        public Result {
            inputs = List.copyOf(inputs);
            problems = List.copyOf(problems);
        }

        /** The files' paths. */
        public List<Path> files() {
            return inputs.stream().map(Input::path).toList();
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
        TreeMap<Path, String> files = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(new Problem(input, "no such file or directory"));
            } else if (!Files.exists(input)) {
                problems.add(new Problem(input, "broken symbolic link"));
            } else if (Files.isDirectory(input)) {
                walk(input, input, lister, files, problems);
            } else if (!isReportFile(input)) {
                problems.add(new Problem(input, "not a " + String.join(", ", EXTENSIONS) + " file"));
            } else if (!Files.isRegularFile(input)) {
                problems.add(new Problem(input, notRegular(input)));
            } else {
                files.putIfAbsent(input.normalize(), FileNames.id(input));
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
        List<Input> found = new ArrayList<>();
        files.forEach((path, id) -> found.add(new Input(path, id)));
        return new Result(found, once);
    }

    private static void walk(Path root, Path dir, Lister lister, TreeMap<Path, String> files,
                             List<Problem> problems) {
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
                walk(root, entry, lister, files, problems);
            } else if (isReportFile(entry)) {
                if (Files.isRegularFile(entry)) {
                    files.putIfAbsent(entry.normalize(), idBelow(root, entry));
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

    /** The path of {@code file} below {@code root}: names byte-exact ({@link FileNames#id}), / between. */
    private static String idBelow(Path root, Path file) {
        Path rel = root.relativize(file).normalize();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < rel.getNameCount(); i++) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(FileNames.id(root.resolve(rel.subpath(0, i + 1))));
        }
        return sb.toString();
    }

    /** The file name endings a build reads (any case). */
    static final List<String> EXTENSIONS = List.of(".txt", ".html", ".htm", ".pdf", ".docx", ".doc", ".odt",
            ".wps", ".rtf");

    /** Whether {@code path}'s name ends in one of {@link #EXTENSIONS} (any case). */
    public static boolean isReportFile(Path path) {
        Path name = path.getFileName();
        if (name == null) {
            return false;
        }
        String n = name.toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(n::endsWith);
    }
}
