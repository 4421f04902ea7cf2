package org.govkg.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The version of the code that turns a document into its graph, as a content hash of the code itself
 * (the govkg jar, or the classes directory when run from a build tree): every change to a rule, a word
 * list or a library gives another version, so a build never reuses a document's graph that other code
 * made. Computed once per process.
 */
public final class PipelineVersion {

    private PipelineVersion() {
    }

    private static final class Holder {
        static final String VERSION = compute();
    }

    /** A hex SHA-256 of the running code. */
    public static String current() {
        return Holder.VERSION;
    }

    private static String compute() {
        try {
            Path code = Path.of(PipelineVersion.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(code)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(code)) {
                    files = walk.filter(Files::isRegularFile).sorted().toList();
                }
                for (Path f : files) {
                    md.update(code.relativize(f).toString().getBytes(StandardCharsets.UTF_8));
                    md.update((byte) 0);
                    digest(md, f);
                }
            } else {
                digest(md, code);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the govkg code to version it", e);
        } catch (URISyntaxException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void digest(MessageDigest md, Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }
}
