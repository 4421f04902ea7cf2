package org.govkg.arch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * STYLE.md's architecture, checked on the sources: data flows one way, so the package import graph has
 * no cycle and no stage imports a later one; third-party NLP and serialisation stay in their one package;
 * every package says what it requires and produces; and the habits a reader sees on every line (no star
 * imports, no unused imports, lines of at most 110 characters).
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Path TEST = Path.of("src/test/java");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import (static )?([\\w.]+)\\.(\\w+|\\*);",
            Pattern.MULTILINE);

    /** Stages and what they must not import: a later stage, or a sibling they are independent of. */
    private static final Map<String, List<String>> FORBIDDEN = Map.of(
            "org.govkg.ingest", List.of("nlp", "extract", "resolve", "rdf", "export", "store", "serve",
                    "pipeline", "cli"),
            "org.govkg.text", List.of("nlp", "extract", "resolve", "rdf", "export", "store", "serve",
                    "pipeline", "cli"),
            "org.govkg.nlp", List.of("extract", "resolve", "rdf", "export", "store", "serve", "pipeline",
                    "cli"),
            "org.govkg.extract", List.of("resolve", "rdf", "export", "store", "serve", "pipeline", "cli"),
            "org.govkg.resolve", List.of("rdf", "export", "store", "serve", "pipeline", "cli"),
            "org.govkg.rdf", List.of("export", "store", "serve", "pipeline", "cli"),
            "org.govkg.store", List.of("serve", "pipeline", "cli"),
            "org.govkg.serve", List.of("pipeline", "cli"));

    /** Third-party libraries that live in one package only. */
    private static final Map<String, String> ONLY_IN = Map.of("com.hankcs.", "org.govkg.nlp",
            "org.eclipse.rdf4j.", "org.govkg.export");

    private record Source(Path path, String pkg, String text, List<String> imports) {
    }

    private static List<Source> sources(Path root) throws IOException {
        List<Source> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8);
                Matcher pm = PACKAGE.matcher(text);
                String pkg = pm.find() ? pm.group(1) : "";
                List<String> imports = new ArrayList<>();
                Matcher im = IMPORT.matcher(text);
                while (im.find()) {
                    imports.add(im.group(2) + "." + im.group(3));
                }
                out.add(new Source(p, pkg, text, imports));
            }
        }
        return out;
    }

    private static String packageOf(String imported) {
        // org.govkg.extract.Relation.Kind → org.govkg.extract: drop names that start with a capital.
        String[] parts = imported.split("\\.");
        StringBuilder sb = new StringBuilder();
        for (String part : parts) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                break;
            }
            sb.append(sb.isEmpty() ? "" : ".").append(part);
        }
        return sb.toString();
    }

    private static boolean within(String pkg, String stage) {
        return pkg.equals(stage) || pkg.startsWith(stage + ".");
    }

    @Test
    void noStageImportsALaterOne() throws IOException {
        Set<String> violations = new TreeSet<>();
        for (Source s : sources(MAIN)) {
            for (Map.Entry<String, List<String>> rule : FORBIDDEN.entrySet()) {
                if (!within(s.pkg(), rule.getKey())) {
                    continue;
                }
                for (String imported : s.imports()) {
                    for (String later : rule.getValue()) {
                        if (within(packageOf(imported), "org.govkg." + later)) {
                            violations.add(s.path() + " imports " + imported);
                        }
                    }
                }
            }
            for (Map.Entry<String, String> only : ONLY_IN.entrySet()) {
                if (!within(s.pkg(), only.getValue())
                        && s.imports().stream().anyMatch(i -> i.startsWith(only.getKey()))) {
                    violations.add(s.path() + " imports " + only.getKey() + "* outside " + only.getValue());
                }
            }
        }
        assertEquals(Set.of(), violations);
    }

    @Test
    void thePackageGraphHasNoCycle() throws IOException {
        Map<String, Set<String>> edges = new TreeMap<>();
        for (Source s : sources(MAIN)) {
            Set<String> to = edges.computeIfAbsent(s.pkg(), k -> new TreeSet<>());
            for (String imported : s.imports()) {
                String p = packageOf(imported);
                if (p.startsWith("org.govkg") && !p.equals(s.pkg())) {
                    to.add(p);
                }
            }
        }
        Set<String> cycles = new TreeSet<>();
        for (String start : edges.keySet()) {
            // A cycle through start: start reaches a package that reaches start back.
            Set<String> reached = new TreeSet<>();
            List<String> todo = new ArrayList<>(edges.getOrDefault(start, Set.of()));
            while (!todo.isEmpty()) {
                String p = todo.remove(todo.size() - 1);
                if (reached.add(p)) {
                    todo.addAll(edges.getOrDefault(p, Set.of()));
                }
            }
            if (reached.contains(start)) {
                Set<String> members = new TreeSet<>();
                for (String p : reached) {
                    if (edges.containsKey(p) && reaches(edges, p, start)) {
                        members.add(p);
                    }
                }
                cycles.add(String.join(" ↔ ", members));
            }
        }
        assertEquals(Set.of(), cycles, "package cycles");
    }

    private static boolean reaches(Map<String, Set<String>> edges, String from, String to) {
        Set<String> seen = new TreeSet<>();
        List<String> todo = new ArrayList<>(List.of(from));
        while (!todo.isEmpty()) {
            String p = todo.remove(todo.size() - 1);
            if (p.equals(to)) {
                return true;
            }
            if (seen.add(p)) {
                todo.addAll(edges.getOrDefault(p, Set.of()));
            }
        }
        return false;
    }

    @Test
    void everyPackageSaysWhatItDoes() throws IOException {
        Set<String> packages = new TreeSet<>();
        Set<String> documented = new TreeSet<>();
        for (Source s : sources(MAIN)) {
            packages.add(s.pkg());
            if (s.path().getFileName().toString().equals("package-info.java")) {
                documented.add(s.pkg());
            }
        }
        packages.removeAll(documented);
        assertEquals(Set.of(), packages, "packages without a package-info.java");
    }

    @Test
    void linesAndImportsFollowTheStyle() throws IOException {
        Set<String> violations = new TreeSet<>();
        for (Path root : List.of(MAIN, TEST)) {
            for (Source s : sources(root)) {
                String[] lines = s.text().split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    if (lines[i].length() > 110) {
                        violations.add(s.path() + ":" + (i + 1) + " is " + lines[i].length() + " characters");
                    }
                }
                String body = IMPORT.matcher(s.text()).replaceAll("");
                for (String imported : s.imports()) {
                    String name = imported.substring(imported.lastIndexOf('.') + 1);
                    if (name.equals("*")) {
                        violations.add(s.path() + ": star import " + imported);
                    } else if (!Pattern.compile("\\b" + name + "\\b").matcher(body).find()) {
                        violations.add(s.path() + ": unused import " + imported);
                    }
                }
            }
        }
        assertEquals(Set.of(), violations);
    }
}
