package org.govkg.ingest;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Expands input paths (files and directories, searched recursively) to the sorted list of report files
 * ({@code .txt}, {@code .html}, {@code .htm}, {@code .pdf}, {@code .docx}, {@code .doc}, {@code .odt},
 * {@code .wps}, {@code .rtf}) a build reads.
 * <p>Requires: paths as given by the user. Produces: the files, and a {@link Problem} for each path that
 * is missing or not a report file; a bad path never stops the others.
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

    private InputScanner() {
    }

    public static Result scan(List<Path> inputs) {
        requireNonNull(inputs, "inputs");
        TreeMap<Path, String> files = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                problems.add(new Problem(input, "no such file or directory"));
            } else if (Files.isDirectory(input)) {
                if (!Files.isReadable(input)) {
                    problems.add(new Problem(input, "unreadable directory"));
                    continue;
                }
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(InputScanner::isReportFile)
                            .forEach(f -> files.putIfAbsent(f.normalize(), idBelow(input, f)));
                } catch (IOException | UncheckedIOException e) {
                    problems.add(new Problem(input, "cannot list directory: " + e.getMessage()));
                }
            } else if (isReportFile(input)) {
                files.putIfAbsent(input.normalize(), input.getFileName().toString());
            } else {
                problems.add(new Problem(input, "not a " + String.join(", ", EXTENSIONS) + " file"));
            }
        }
        List<Input> found = new ArrayList<>();
        files.forEach((path, id) -> found.add(new Input(path, id)));
        return new Result(found, problems);
    }

    private static String idBelow(Path root, Path file) {
        Path rel = root.relativize(file).normalize();
        StringBuilder sb = new StringBuilder();
        for (Path name : rel) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(name);
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
