package org.govkg.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.govkg.ingest.IngestException;
import org.govkg.ingest.Ingestor;
import org.govkg.ingest.SourceDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Region, year and kind of the five bundled reports, through ingest, structure and metadata. */
class CorpusMetadataTest {

    private static final Path CORPUS = Path.of("corpus");
    private static final Path GOLD = Path.of("src/test/resources/gold");
    private static final Pattern REGION = Pattern.compile(
            "\"region\"\\s*:\\s*\\{[^}]*\"label\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern YEAR = Pattern.compile("\"year\"\\s*:\\s*(\\d{4})");
    private static final Pattern KIND = Pattern.compile("\"kind\"\\s*:\\s*\"([^\"]+)\"");

    static Stream<Path> reports() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("reports")
    void matchesGold(Path report) throws IOException, IngestException {
        String name = report.getFileName().toString();
        String gold = Files.readString(GOLD.resolve(name.replace(".txt", ".json")));
        SourceDocument doc = new Ingestor().read(report);
        DocumentMetadata meta = MetadataExtractor.extract(doc.text(), StructureParser.parse(doc.text()));
        String region = group(REGION, gold);
        assertTrue(meta.region().orElse("").endsWith(region),
                name + ": region " + meta.region() + " vs " + region);
        assertEquals(Integer.parseInt(group(YEAR, gold)), meta.year().orElse(-1), name + ": year");
        assertEquals(group(KIND, gold), meta.kind(), name + ": kind");
        assertTrue(!meta.title().isBlank() && meta.title().length() <= 60, name + ": title " + meta.title());
    }

    private static String group(Pattern p, String s) {
        Matcher m = p.matcher(s);
        assertTrue(m.find(), "gold lacks " + p);
        return m.group(1);
    }
}
