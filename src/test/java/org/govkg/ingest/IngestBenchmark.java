package org.govkg.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Ingest speed by format: the bundled reports as .txt and as PDF (running head, page numbers) and DOCX
 * copies made by {@link DocumentFixtures}, each read ROUNDS times after a warm-up; prints pages per second
 * (a report's pages counted in its PDF copy, so the three rows read the same pages) and MB per second.
 * Run by {@code tools/bench/ingest-bench.sh [ROUNDS] [KEEP_DIR]}; KEEP_DIR keeps the copies.
 */
public final class IngestBenchmark {

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path dir = args.length > 1 ? Files.createDirectories(Path.of(args[1]))
                : Files.createTempDirectory("ingest-bench");
        List<Path> txt = new ArrayList<>();
        List<Path> pdf = new ArrayList<>();
        List<Path> docx = new ArrayList<>();
        int pages = 0;
        Ingestor ingestor = new Ingestor();
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                String name = f.getFileName().toString().replace(".txt", "");
                txt.add(f);
                pdf.add(Files.write(dir.resolve(name + ".pdf"), DocumentFixtures.pdf(text,
                        DocumentFixtures.PdfOptions.plain().withHeadAndFooter("人民政府公报"))));
                docx.add(Files.write(dir.resolve(name + ".docx"),
                        DocumentFixtures.docx(text, 30, null, null)));
                pages += ingestor.read(pdf.get(pdf.size() - 1)).pages().count();
            }
        }
        System.out.printf(Locale.ROOT, "%d reports, %d pages (as PDF), %d rounds%n", txt.size(), pages,
                rounds);
        for (String format : List.of("txt", "pdf", "docx")) {
            List<Path> set = format.equals("txt") ? txt : format.equals("pdf") ? pdf : docx;
            long bytes = 0;
            for (Path p : set) {
                bytes += Files.size(p);
            }
            time(ingestor, set, 2);
            double seconds = time(ingestor, set, rounds);
            System.out.printf(Locale.ROOT, "%-5s %7.1f pages/s %6.2f MB/s %6.1f ms/report  (%d KB)%n", format,
                    pages * rounds / seconds, bytes * rounds / seconds / 1e6,
                    seconds * 1000 / rounds / set.size(), bytes / 1024);
        }
    }

    private static double time(Ingestor ingestor, List<Path> files, int rounds) throws IngestException {
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (Path p : files) {
                ingestor.read(p);
            }
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
