package org.govkg.build;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;
import org.govkg.evaluate.EntityRow;
import org.govkg.extract.Attr;
import org.govkg.resolve.Entity;
import org.govkg.resolve.ResolvedDocument;

/** Writes the entities table ({@link EntityRow}) of the built documents, atomically on commit. */
public final class EntityTableSink implements DocumentSink {

    private final Path target;
    private final Path temp;
    private final String base;
    private final BufferedWriter out;

    public EntityTableSink(Path target, String base) throws IOException {
        this.target = target;
        this.base = base;
        Files.createDirectories(target.toAbsolutePath().getParent());
        this.temp = Files.createTempFile(target.toAbsolutePath().getParent(), ".entities", ".tmp");
        this.out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
        out.write(EntityRow.HEADER);
        out.write('\n');
    }

    @Override
    public void accept(ResolvedDocument doc) throws IOException {
        Set<String> named = new HashSet<>();
        doc.mentions().forEach(m -> named.add(m.entityKey()));
        for (Entity e : doc.entities()) {
            if (named.contains(e.key())) {
                out.write(new EntityRow(doc.id(), e.type().name(), base + e.key(), e.label(),
                        e.aliases().stream().toList(), e.properties().getOrDefault(Attr.CODE, "")).toTsv());
                out.write('\n');
            }
        }
    }

    @Override
    public void commit() throws IOException {
        out.close();
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() throws IOException {
        out.close();
        Files.deleteIfExists(temp);
    }
}
