package org.claimcheck.files;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * The one helper for files a reader must see whole: a file is written through a temporary file in the same
 * directory, flushed to disk and renamed atomically, so a crash or a failing renderer never leaves a
 * half-written file. Temporary names carry the writing process's id: a temporary file or folder left by a
 * process that died is recognised as a leftover and removed by the next write. Cache entries, which are only
 * computed again when lost, take the lighter {@link #writeEntry}.
 */
public final class AtomicFiles {

    /** Produces the file's content. */
    @FunctionalInterface
    public interface Body {
        void writeTo(Writer out) throws IOException;
    }

    private static final long PID = ProcessHandle.current().pid();
    /** Above any process id an operating system hands out (Linux stops at 2^22, Windows ids fit in 32 bits). */
    private static final long MAX_PID = 0xFFFF_FFFFL;

    private AtomicFiles() {
    }

    /** Writes {@code target} whole or not at all, removing temporary files earlier crashed writes left for it. */
    public static void write(Path target, Body body) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        String prefix = "." + target.getFileName() + ".";
        removeLeftovers(dir, prefix, ".tmp");
        Path temp = Files.createTempFile(dir, prefix + PID + "-", ".tmp");
        boolean moved = false;
        try {
            writeDurably(temp, body);
            replace(temp, target);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * Writes a cache entry through a temporary file named {@code tempPrefix...}.tmp in the same folder and a
     * rename, so a reader sees the old entry, the new one or none. An entry lost in a crash is only computed
     * again and every entry is checked when read, so the bytes are not forced to disk, and where the file system
     * cannot rename atomically the entry is replaced in place.
     */
    public static void writeEntry(Path target, String tempPrefix, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(target.getParent(), tempPrefix, ".tmp");
        try {
            Files.write(temp, bytes);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Writes {@code file} (created or truncated) and forces its bytes to disk before returning. */
    public static void writeDurably(Path file, Body body) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
                Writer out = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel),
                        StandardCharsets.UTF_8))) {
            readableByAll(file);
            body.writeTo(out);
            out.flush();
            // A rename must not become visible before the bytes are on disk.
            channel.force(true);
        }
    }

    /** Moves {@code from} over {@code to} in one step: a reader sees the old file or the new one. */
    public static void replace(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot replace " + to + " atomically: the file system does not support it", e);
        }
    }

    /** A name for a temporary file or folder of this process: {@code prefix + pid + suffix}. */
    public static String ownName(String prefix, String suffix) {
        return prefix + PID + suffix;
    }

    /**
     * The entries of {@code dir} named {@code prefix + number + ... + suffix} whose number is no running process's
     * id: temporary files and folders a crashed process left. Names without a number there are never touched.
     */
    public static List<Path> leftovers(Path dir, String prefix, String suffix) throws IOException {
        List<Path> out = new ArrayList<>();
        if (dir == null || !Files.isDirectory(dir)) {
            return out;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(suffix) && name.length() > prefix.length()) {
                    OptionalLong pid = leadingNumber(name.substring(prefix.length()));
                    // Older versions named temporary files with a random number where the id now stands.
                    if (pid.isPresent() && (pid.getAsLong() > MAX_PID || !isAlive(pid.getAsLong()))) {
                        out.add(entry);
                    }
                }
            }
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    /** Deletes {@code path}, a file or a folder with everything in it, if it exists. */
    public static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> walk = Files.walk(path)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        } else {
            Files.deleteIfExists(path);
        }
    }

    /** Forces a folder's entries (renames into it) to disk where the platform allows it; best effort. */
    public static void syncFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not every platform opens folders; the renames are atomic either way, only their durability waits.
        }
    }

    private static void removeLeftovers(Path dir, String prefix, String suffix) throws IOException {
        for (Path leftover : leftovers(dir, prefix, suffix)) {
            if (Files.isRegularFile(leftover, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                Files.deleteIfExists(leftover);
            }
        }
    }

    private static OptionalLong leadingNumber(String s) {
        int end = 0;
        while (end < s.length() && s.charAt(end) >= '0' && s.charAt(end) <= '9') {
            end++;
        }
        if (end == 0) {
            return OptionalLong.empty();
        }
        // A number too long for a long is a random name of an older version: never a running process.
        return OptionalLong.of(end > 18 ? Long.MAX_VALUE : Long.parseLong(s.substring(0, end)));
    }

    private static boolean isAlive(long pid) {
        return pid == PID || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Temporary files are private to their owner; a report is meant to be read like any other output file. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
