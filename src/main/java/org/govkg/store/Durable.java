package org.govkg.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/** Forces files and directories to disk, so that a rename published after it never points at lost data. */
public final class Durable {

    private Durable() {
    }

    /** Syncs a file's content, or a directory's entries. */
    public static void sync(Path path) throws IOException {
        try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Some file systems refuse to sync a directory opened for reading; the files' sync still holds.
            if (!Files.isDirectory(path)) {
                throw e;
            }
        }
    }

    /** Syncs every file and directory under {@code root}, then {@code root}. */
    public static void syncTree(Path root) throws IOException {
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.filter(p -> !Files.isSymbolicLink(p)).toList();
        }
        for (int i = paths.size() - 1; i >= 0; i--) {
            Path p = paths.get(i);
            if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) || Files.isDirectory(p)) {
                sync(p);
            }
        }
    }
}
