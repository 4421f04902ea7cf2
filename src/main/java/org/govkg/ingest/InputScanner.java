package org.govkg.ingest;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
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

    /** The files found, sorted and without duplicates, and the problems met. */
    public record Result(List<Path> files, List<Problem> problems) {
        public Result {
            files = List.copyOf(files);
            problems = List.copyOf(problems);
        }
    }

    private InputScanner() {
    }

    public static Result scan(List<Path> inputs) {
        requireNonNull(inputs, "inputs");
        TreeSet<Path> files = new TreeSet<>();
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
                            .map(Path::normalize).forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    problems.add(new Problem(input, "cannot list directory: " + e.getMessage()));
                }
            } else if (isReportFile(input)) {
                files.add(input.normalize());
            } else {
                problems.add(new Problem(input, "not a " + String.join(", ", EXTENSIONS) + " file"));
            }
        }
        return new Result(new ArrayList<>(files), problems);
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
