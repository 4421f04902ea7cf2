package org.govkg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Runs a govkg command line in-process and keeps what it printed, for tests. */
record CliRun(int code, String out, String err) {

    private static final String LOGGING = "org.slf4j.simpleLogger.";

    static CliRun govkg(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> logging = loggingProperties();
        int code;
        try {
            code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        } finally {
            // Main sets the levels a user sees (Fuseki at INFO) as system properties; left in place they
            // would make every logger created later in this test JVM, e.g. a test's Fuseki, log at INFO.
            restoreLoggingProperties(logging);
        }
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Map<String, String> loggingProperties() {
        Map<String, String> props = new HashMap<>();
        for (String key : System.getProperties().stringPropertyNames()) {
            if (key.startsWith(LOGGING)) {
                props.put(key, System.getProperty(key));
            }
        }
        return props;
    }

    private static void restoreLoggingProperties(Map<String, String> saved) {
        for (String key : System.getProperties().stringPropertyNames()) {
            if (key.startsWith(LOGGING) && !saved.containsKey(key)) {
                System.clearProperty(key);
            }
        }
        saved.forEach(System::setProperty);
    }
}
