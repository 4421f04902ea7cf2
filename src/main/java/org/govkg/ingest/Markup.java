package org.govkg.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.govkg.lexicon.ResourceLines;

/**
 * What ingest knows about HTML markup: element roles (from {@code html-tags.txt}) and named character
 * references (from {@code html-entities.properties}). Loaded once; immutable afterwards.
 */
final class Markup {

    /** How an element affects the text. */
    enum Role { BLOCK, CELL, INLINE, SKIP }

    /** A decoded character reference: its text and how many source characters it spans. */
    record Entity(String text, int length) {
    }

    private static final int MAX_ENTITY = 12;

    private Markup() {
    }

    /** The role of element {@code name} (case-insensitive), or null for a name that is not HTML. */
    static Role role(String name) {
        return Holder.ROLES.get(name.toLowerCase(Locale.ROOT));
    }

    /** The character reference starting at {@code at} ({@code &name;}, {@code &#123;}, {@code &#x1F;}). */
    static Entity entityAt(CharSequence s, int at) {
        if (at >= s.length() || s.charAt(at) != '&') {
            return null;
        }
        int semi = -1;
        for (int i = at + 1; i < s.length() && i <= at + MAX_ENTITY; i++) {
            if (s.charAt(i) == ';') {
                semi = i;
                break;
            }
        }
        if (semi < at + 2) {
            return null;
        }
        String body = s.subSequence(at + 1, semi).toString();
        int cp;
        try {
            if (body.startsWith("#x") || body.startsWith("#X")) {
                cp = Integer.parseInt(body.substring(2), 16);
            } else if (body.startsWith("#")) {
                cp = Integer.parseInt(body.substring(1));
            } else {
                Integer named = Holder.ENTITIES.get(body);
                if (named == null) {
                    return null;
                }
                cp = named;
            }
        } catch (NumberFormatException e) {
            return null;
        }
        if (!Character.isValidCodePoint(cp) || cp == 0) {
            return null;
        }
        String text = cp == 0xA0 ? " " : new String(Character.toChars(cp));
        return new Entity(text, semi + 1 - at);
    }

    private static final class Holder {
        static final Map<String, Role> ROLES = loadRoles();
        static final Map<String, Integer> ENTITIES = loadEntities();

        private static Map<String, Role> loadRoles() {
            Map<String, Role> roles = new HashMap<>();
            for (String line : ResourceLines.of("/org/govkg/ingest/html-tags.txt")) {
                String[] cols = line.split("\\s+");
                if (cols.length != 2) {
                    throw new IllegalStateException("html-tags.txt: bad line '" + line + "'");
                }
                roles.put(cols[0], Role.valueOf(cols[1].toUpperCase(Locale.ROOT)));
            }
            return Map.copyOf(roles);
        }

        private static Map<String, Integer> loadEntities() {
            Properties p = new Properties();
            try (BufferedReader in = open("html-entities.properties")) {
                p.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, Integer> map = new HashMap<>();
            p.forEach((k, v) -> map.put((String) k, Integer.parseInt(((String) v).strip(), 16)));
            return Map.copyOf(map);
        }
    }

    /** The properties file {@code resource} of this package (Properties syntax, not a word list). */
    private static BufferedReader open(String resource) {
        InputStream in = Markup.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource org/govkg/ingest/" + resource);
        }
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
}
