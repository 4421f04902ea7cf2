package org.govkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.govkg.export.EntityRow;
import org.govkg.export.EntityTable;

/** Reads what a build wrote into its output directory. */
final class BuildDirectory {

    private BuildDirectory() {
    }

    static List<EntityRow> entities(Path dir) throws IOException {
        Path table = dir.resolve(EntityTable.FILE);
        if (!Files.exists(table)) {
            throw new IOException(dir + " holds no build (no entities table); run govkg build first");
        }
        return EntityTable.readFile(table);
    }
}
