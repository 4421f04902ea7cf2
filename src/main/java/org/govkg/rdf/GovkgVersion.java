package org.govkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of govkg that is running and of the Jena and Lucene it was built with, as Maven stamped
 * them into the jar ({@code version.properties}).
 */
public final class GovkgVersion {

    private static final String RESOURCE = "version.properties";

    private GovkgVersion() {
    }

    private static final class Holder {
        static final Properties VERSIONS = load();
    }

    /** E.g. {@code 0.1.0-SNAPSHOT}. */
    public static String current() {
        return get("version");
    }

    /** The Jena version, e.g. {@code 5.6.0}. */
    public static String jena() {
        return get("jena");
    }

    /** The Lucene version jena-text brings, e.g. {@code 9.12.2}. */
    public static String lucene() {
        return get("lucene");
    }

    private static String get(String key) {
        String v = Holder.VERSIONS.getProperty(key, "");
        if (v.isBlank() || v.contains("${")) {
            throw new IllegalStateException("resource " + RESOURCE + " has no " + key
                    + " filled in by the build: " + v);
        }
        return v.strip();
    }

    private static Properties load() {
        try (InputStream in = GovkgVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " missing from the govkg jar");
            }
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
    }
}
