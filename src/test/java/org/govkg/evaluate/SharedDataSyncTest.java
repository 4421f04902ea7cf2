package org.govkg.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The project's copies of the team's shared data (the bundled reports, their gold, the devset) equal the
 * originals in {@code ../shared}, where that checkout exists (on a developer's machine; CI has only the
 * copies).
 */
class SharedDataSyncTest {

    @ParameterizedTest
    @CsvSource({"../shared/corpus, corpus", "../shared/gold, src/test/resources/gold",
        "../shared/devset, src/test/resources/devset"})
    void theCopyEqualsTheShared(String shared, String copy) throws IOException {
        assumeTrue(Files.isDirectory(Path.of(shared)), shared + " is not here");
        assertEquals(digests(Path.of(shared)), digests(Path.of(copy)), copy + " differs from " + shared);
    }

    private static Map<String, String> digests(Path root) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                out.put(root.relativize(p).toString(), sha256(Files.readAllBytes(p)));
            }
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
