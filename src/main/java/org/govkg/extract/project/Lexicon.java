package org.govkg.extract.project;

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

/**
 * Reads the small line-based data files under {@code src/main/resources}: one entry per line,
 * {@code #} starts a comment, tab-separated columns. Fails loudly when a file is missing.
 */
public final class Lexicon {

    private Lexicon() {
    }

    /** The non-comment lines of a classpath resource, trimmed. */
    public static List<String> lines(String resource) {
        InputStream in = Lexicon.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                int hash = line.indexOf('#');
                String l = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!l.isEmpty()) {
                    out.add(l);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return List.copyOf(out);
    }

    /** A two-column resource as an insertion-ordered map (first column to second). */
    public static Map<String, String> pairs(String resource) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String l : lines(resource)) {
            String[] p = l.split("\t");
            if (p.length < 2) {
                throw new IllegalStateException(resource + ": expected two tab-separated columns in '"
                        + l + "'");
            }
            map.put(p[0].strip(), p[1].strip());
        }
        return map;
    }
}
