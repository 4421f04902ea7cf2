package org.govkg.evaluate;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A named set of gold files scored together (the bundled reports, the devset, …).
 *
 * @param name  how tables name the set: the directory as given
 * @param files the set's gold files, sorted by file name
 */
public record GoldSet(String name, List<GoldFile> files) {
    public GoldSet {
        requireNonNull(name, "name");
        files = List.copyOf(files);
    }

    /**
     * The gold sets under {@code dir}: the directory itself when it holds {@code *.json} files; else its
     * {@code gold/} subdirectory when that holds them (a set laid out as {@code docs/} and {@code gold/});
     * else every subdirectory that is a set by these rules, in name order (a directory of sets).
     *
     * @throws IOException when a file cannot be read or {@code dir} holds no gold file at all
     */
    public static List<GoldSet> find(Path dir) throws IOException {
        List<GoldSet> sets = new ArrayList<>();
        collect(dir, dir.toString(), sets, 0);
        if (sets.isEmpty()) {
            throw new IOException(dir + ": no gold files (*.json) here, in gold/ or in its subdirectories");
        }
        return sets;
    }

    private static void collect(Path dir, String name, List<GoldSet> out, int depth) throws IOException {
        List<Path> json = list(dir).stream().filter(p -> p.getFileName().toString().endsWith(".json")
                && Files.isRegularFile(p)).toList();
        if (!json.isEmpty()) {
            List<GoldFile> files = new ArrayList<>();
            for (Path p : json) {
                files.add(GoldFile.read(p));
            }
            out.add(new GoldSet(name, files));
            return;
        }
        Path gold = dir.resolve("gold");
        if (Files.isDirectory(gold) && list(gold).stream().anyMatch(p -> p.toString().endsWith(".json"))) {
            collect(gold, name, out, depth + 1);
            return;
        }
        if (depth == 0) {
            for (Path sub : list(dir).stream().filter(Files::isDirectory).toList()) {
                collect(sub, sub.toString(), out, depth + 1);
            }
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
