package org.govkg.lexicon;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one loader of govkg's line-based data files (word lists, rule tables) on the classpath.
 * <p>One rule for every file: UTF-8; each line is stripped of surrounding white space; a line that is
 * then empty or starts with {@code #} is skipped; every other line is one entry, columns separated by
 * tabs. A resource is read once and its lines are kept; a missing resource fails loudly with its name.
 */
public final class ResourceLines {

    private static final Map<String, List<String>> LOADED = new ConcurrentHashMap<>();

    private ResourceLines() {
    }

    /**
     * The entries of {@code resource}, an absolute classpath name such as {@code /projects/heads.txt}.
     *
     * @throws IllegalStateException when there is no such resource
     */
    public static List<String> of(String resource) {
        requireNonNull(resource, "resource");
        if (!resource.startsWith("/")) {
            throw new IllegalArgumentException("resource name '" + resource + "' is not absolute");
        }
        return LOADED.computeIfAbsent(resource, ResourceLines::read);
    }

    /** A two-column resource as an insertion-ordered map (first column to second, both stripped). */
    public static Map<String, String> pairs(String resource) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String l : of(resource)) {
            String[] p = l.split("\t");
            if (p.length < 2) {
                throw new IllegalStateException(resource + ": expected two tab-separated columns in '"
                        + l + "'");
            }
            map.put(p[0].strip(), p[1].strip());
        }
        return map;
    }

    /** The entries of a text laid out like a resource file (for data given inline, as tests do). */
    public static List<String> entries(String text) {
        return text.lines().map(ResourceLines::entry).flatMap(java.util.Optional::stream).toList();
    }

    /** The one comment rule: a line is stripped; empty lines and lines starting with # are no entry. */
    private static java.util.Optional<String> entry(String line) {
        String l = line.strip();
        return l.isEmpty() || l.startsWith("#") ? java.util.Optional.empty() : java.util.Optional.of(l);
    }

    private static List<String> read(String resource) {
        InputStream in = ResourceLines.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                entry(line).ifPresent(out::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
        return List.copyOf(out);
    }
}
