package org.govkg.cli;

import java.util.Locale;
import java.util.Map;
import org.govkg.pipeline.BuildConfig;
import org.govkg.pipeline.BuildReport;
import org.govkg.pipeline.Problem;

/** {@code build --summary json}: the build's summary as one JSON object, for pipelines. */
final class BuildSummary {

    private BuildSummary() {
    }

    static String json(BuildReport r, BuildConfig config) {
        StringBuilder sb = new StringBuilder("{");
        sb.append("\"out\": ").append(quote(config.out().toString()));
        sb.append(", \"published\": ").append(r.published());
        sb.append(", \"documents\": ").append(r.documents());
        sb.append(", \"unchanged\": ").append(r.reused());
        sb.append(", \"kept\": ").append(r.kept());
        sb.append(", \"sentences\": ").append(r.sentences());
        sb.append(", \"characters\": ").append(r.chars());
        sb.append(", \"triples\": ").append(r.triples());
        sb.append(", \"entities\": {");
        boolean first = true;
        for (Map.Entry<String, Long> e : r.entities().entrySet()) {
            sb.append(first ? "" : ", ").append(quote(e.getKey())).append(": ").append(e.getValue());
            first = false;
        }
        sb.append("}, \"skipped\": [");
        first = true;
        for (Problem p : r.problems()) {
            sb.append(first ? "" : ", ").append("{\"id\": ").append(quote(p.id())).append(", \"path\": ")
                    .append(quote(p.path().toString())).append(", \"reason\": ").append(quote(p.reason()))
                    .append('}');
            first = false;
        }
        sb.append("], \"seconds\": ").append(String.format(Locale.ROOT, "%.3f", r.seconds())).append('}');
        return sb.toString();
    }

    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
