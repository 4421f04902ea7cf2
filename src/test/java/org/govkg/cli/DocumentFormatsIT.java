package org.govkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.govkg.ingest.DocumentFixtures;
import org.govkg.ingest.Ingestor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 end to end: PDF and DOCX copies of a bundled report build to the same entities as its text
 * file, each mention's span read back from the extracted text is its surface and names its page, and an
 * unreadable document gets one line while the others build.
 */
class DocumentFormatsIT {

    private static final Path REPORT = Path.of("corpus/002_e905bd3ca9a86395.txt");

    @Test
    void pdfAndDocxCopiesBuildToTheSameEntitiesAsTheText(@TempDir Path tmp) throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String text = Files.readString(REPORT, StandardCharsets.UTF_8);
        Files.copy(REPORT, in.resolve("r.txt"));
        Path pdf = Files.write(in.resolve("r.pdf"), DocumentFixtures.pdf(text,
                DocumentFixtures.PdfOptions.plain().withHeadAndFooter("清新区人民政府公报")));
        Files.write(in.resolve("r.docx"), DocumentFixtures.docx(text, 12, null, null));
        Files.write(in.resolve("scan.pdf"), DocumentFixtures.imageOnlyPdf());
        Path out = tmp.resolve("out");

        CliRun run = CliRun.govkg("build", in.toString(), "-o", out.toString());

        assertEquals(1, run.code(), run.err());
        List<String> errors = run.err().lines().filter(l -> l.startsWith("build#")).toList();
        assertEquals(1, errors.size(), run.err());
        assertTrue(errors.get(0).startsWith("build#UNREADABLE") && errors.get(0).contains("scan.pdf")
                && errors.get(0).contains("no text layer"), errors.get(0));
        Map<String, Set<String>> rows = new TreeMap<>();
        for (String row : Files.readAllLines(out.resolve("entities.tsv")).subList(1,
                Files.readAllLines(out.resolve("entities.tsv")).size())) {
            String doc = row.substring(0, row.indexOf('\t'));
            rows.computeIfAbsent(doc, d -> new TreeSet<>()).add(row.substring(row.indexOf('\t') + 1));
        }
        assertEquals(Set.of("r.docx", "r.pdf", "r.txt"), rows.keySet());
        assertTrue(rows.get("r.txt").size() > 50, rows.get("r.txt").toString());
        assertEquals(rows.get("r.txt"), rows.get("r.pdf"));
        assertEquals(rows.get("r.txt"), rows.get("r.docx"));

        // every mention's span, read back from the extracted text, is its surface; each names its page
        CliRun textRun = CliRun.govkg("text", pdf.toString());
        assertEquals(0, textRun.code(), textRun.err());
        String extracted = textRun.out();
        assertEquals(new Ingestor().read(pdf).original(), extracted);
        CliRun mentions = CliRun.govkg("query", "-d", out.toString(), "--format", "csv", "--sparql",
                "PREFIX govkg: <https://w3id.org/govkg/ontology#> "
                + "PREFIX dcterms: <http://purl.org/dc/terms/> "
                + "SELECT ?s ?e ?os ?oe ?page (STR(?surface) AS ?text) WHERE { ?m a govkg:Mention ; "
                + "govkg:inDocument ?r ; govkg:start ?s ; govkg:end ?e ; govkg:surface ?surface . "
                + "?r dcterms:identifier \"r.pdf\" . "
                + "OPTIONAL { ?m govkg:originalStart ?os ; govkg:originalEnd ?oe } "
                + "OPTIONAL { ?m govkg:page ?page } }");
        assertEquals(0, mentions.code(), mentions.err());
        List<String> lines = mentions.out().lines().skip(1).toList();
        assertTrue(lines.size() > 100, mentions.out());
        int pages = 0;
        for (String line : lines) {
            String[] f = line.split(",", 6);
            int start = Integer.parseInt(f[f[2].isEmpty() ? 0 : 2]);
            int end = Integer.parseInt(f[f[3].isEmpty() ? 1 : 3]);
            String surface = f[5].startsWith("\"")
                    ? f[5].substring(1, f[5].length() - 1).replace("\"\"", "\"")
                    : f[5];
            assertEquals(surface, extracted.substring(start, end), line);
            assertTrue(!f[4].isEmpty(), "no page: " + line);
            pages = Math.max(pages, Integer.parseInt(f[4]));
        }
        assertTrue(pages >= 5, "mentions on " + pages + " pages");
        CliRun validate = CliRun.govkg("validate", "-d", out.toString());
        assertEquals(0, validate.code(), validate.out() + validate.err());
    }
}
