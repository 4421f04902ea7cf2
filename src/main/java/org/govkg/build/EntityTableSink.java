package org.govkg.build;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.govkg.evaluate.EntityRow;
import org.govkg.extract.Attr;
import org.govkg.resolve.Entity;
import org.govkg.resolve.ResolvedDocument;

/**
 * Writes the entities table ({@link EntityRow}) of the output directory, atomically on commit.
 * Like the TDB2 dataset, a rebuild replaces the rows of the documents it built and keeps the others.
 */
public final class EntityTableSink implements DocumentSink {

    private final Path target;
    private final String base;
    private final TreeMap<String, List<EntityRow>> rowsByDoc = new TreeMap<>();

    public EntityTableSink(Path target, String base) {
        this.target = target;
        this.base = base;
    }

    @Override
    public void accept(ResolvedDocument doc) {
        Set<String> named = new HashSet<>();
        doc.mentions().forEach(m -> named.add(m.entityKey()));
        List<EntityRow> rows = new ArrayList<>();
        for (Entity e : doc.entities()) {
            if (named.contains(e.key())) {
                rows.add(new EntityRow(doc.id(), e.type().name(), base + e.key(), e.label(),
                        e.aliases().stream().toList(), e.properties().getOrDefault(Attr.CODE, "")));
            }
        }
        rowsByDoc.put(doc.id(), rows);
    }

    @Override
    public void commit() throws IOException {
        TreeMap<String, List<EntityRow>> all = new TreeMap<>();
        if (Files.exists(target)) {
            List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                if (!line.isEmpty()) {
                    EntityRow row = EntityRow.parse(line);
                    all.computeIfAbsent(row.doc(), k -> new ArrayList<>()).add(row);
                }
            }
        }
        all.putAll(rowsByDoc);
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".entities", ".tmp");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                out.write(EntityRow.HEADER);
                out.write('\n');
                for (List<EntityRow> rows : all.values()) {
                    for (EntityRow row : rows) {
                        out.write(row.toTsv());
                        out.write('\n');
                    }
                }
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public void close() {
        rowsByDoc.clear();
    }
}
