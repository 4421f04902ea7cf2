package org.govkg.export;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * Merges sorted line files into one sorted stream without duplicates, reading each file once per pass and
 * holding one line per file: memory does not grow with the size of the files. More files than
 * {@link #FAN_IN} are merged in passes through temporary files.
 */
final class RunMerge {

    /** Files open at once. */
    static final int FAN_IN = 128;

    private RunMerge() {
    }

    /**
     * Sends the distinct lines of the sorted files {@code runs}, in order, to {@code sink}.
     *
     * @param temp a directory for the intermediate files of a merge in passes
     */
    static void merge(List<Path> runs, Path temp, Consumer<String> sink) throws IOException {
        List<Path> level = runs;
        List<Path> made = new ArrayList<>();
        try {
            while (level.size() > FAN_IN) {
                List<Path> next = new ArrayList<>();
                for (int i = 0; i < level.size(); i += FAN_IN) {
                    Path out = Files.createTempFile(temp, ".merge", ".run");
                    made.add(out);
                    next.add(out);
                    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                        mergeOnce(level.subList(i, Math.min(level.size(), i + FAN_IN)), line -> {
                            try {
                                w.write(line);
                                w.write('\n');
                            } catch (IOException e) {
                                throw new UncheckedIOException(e);
                            }
                        });
                    }
                }
                level = next;
            }
            mergeOnce(level, sink);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            for (Path p : made) {
                Files.deleteIfExists(p);
            }
        }
    }

    private record Head(String line, BufferedReader reader) {
    }

    private static void mergeOnce(List<Path> runs, Consumer<String> sink) throws IOException {
        PriorityQueue<Head> heads = new PriorityQueue<>(Math.max(1, runs.size()),
                (a, b) -> a.line().compareTo(b.line()));
        List<BufferedReader> readers = new ArrayList<>(runs.size());
        try {
            for (Path run : runs) {
                BufferedReader r = Files.newBufferedReader(run, StandardCharsets.UTF_8);
                readers.add(r);
                String first = r.readLine();
                if (first != null) {
                    heads.add(new Head(first, r));
                }
            }
            String last = null;
            while (!heads.isEmpty()) {
                Head h = heads.poll();
                if (!h.line().equals(last)) {
                    sink.accept(h.line());
                    last = h.line();
                }
                String next = h.reader().readLine();
                if (next != null) {
                    heads.add(new Head(next, h.reader()));
                }
            }
        } finally {
            for (BufferedReader r : readers) {
                r.close();
            }
        }
    }
}
