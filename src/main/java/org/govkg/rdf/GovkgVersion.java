package org.govkg.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of govkg that is running, as Maven stamped it into the jar ({@code version.properties}). */
public final class GovkgVersion {

    private static final String RESOURCE = "version.properties";

    private GovkgVersion() {
    }

    private static final class Holder {
        static final String VERSION = load();
    }

    /** E.g. {@code 0.1.0-SNAPSHOT}. */
    public static String current() {
        return Holder.VERSION;
    }

    private static String load() {
        try (InputStream in = GovkgVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " missing from the govkg jar");
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "");
            if (v.isBlank() || v.contains("${")) {
                throw new IllegalStateException("resource " + RESOURCE + " was not filled in by the build: " + v);
            }
            return v.strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + RESOURCE, e);
        }
    }
}
