package org.claimcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.claimcheck.text.Sha256;

/**
 * A SHA-256 of the running claimcheck code (its jar, or every class file when run from a build folder), so
 * cached findings made by another build of the same version are never trusted: a change to a linking or
 * comparison rule must show in the next run, not only after a version bump. Computed once per process (a few
 * milliseconds); "unknown" when the code cannot be read, which makes every entry of such a run its own.
 */
final class CodeFingerprint {

    private CodeFingerprint() {
    }

    static String get() {
        return Holder.VALUE;
    }

    /** Computed when first asked for, once: the class is initialised on the first call of {@link #get}. */
    private static final class Holder {
        static final String VALUE = compute();
    }

    private static String compute() {
        try {
            Path code = Path.of(CodeFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest sha = Sha256.newDigest();
            if (Files.isRegularFile(code)) {
                digest(sha, code);
            } else {
                List<Path> classes;
                try (Stream<Path> files = Files.walk(code)) {
                    classes = files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
                }
                for (Path c : classes) {
                    sha.update(code.relativize(c).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    digest(sha, c);
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown-" + System.nanoTime();
        }
    }

    private static void digest(MessageDigest sha, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[65536];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
        }
    }
}
