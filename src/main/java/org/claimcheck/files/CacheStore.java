package org.claimcheck.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * The one on-disk layout under both caches (annotations and findings): an entry is a file named by the hex of its
 * SHA-256 key, under a folder of the key's first two hex digits, with an extension per kind of entry; entries are
 * written atomically, the folder is marked with a {@code CACHEDIR.TAG} so backup tools skip it, and nothing here
 * ever fails a run: a missing entry is a miss, an unreadable one is rejected, a failed write is counted. What an
 * entry holds, and whether it is sound, is the caller's codec's business.
 */
public final class CacheStore {

    private static final String TAG = "Signature: 8a477f597d28d172789f06886806bc55\n"
            + "# This directory holds claimcheck's caches of annotations and findings; it can be deleted at any time.\n";

    private final Path dir;
    private final LongAdder misses = new LongAdder();
    private final LongAdder unreadable = new LongAdder();
    private final LongAdder writes = new LongAdder();
    private final LongAdder writeFailures = new LongAdder();
    private final AtomicReference<String> firstWriteFailure = new AtomicReference<>();

    /** @param dir the cache folder, created on the first write; several kinds of entry may share it */
    public CacheStore(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** A key: SHA-256 over length-prefixed fields, so no two different field lists hash the same bytes. */
    public static final class Key {
        private final MessageDigest sha;

        public Key() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
        }

        public Key field(String value) {
            return bytes(value.getBytes(StandardCharsets.UTF_8));
        }

        public Key bytes(byte[] value) {
            sha.update(ByteBuffer.allocate(8).putLong(value.length).array());
            sha.update(value);
            return this;
        }

        public byte[] digest() {
            return sha.digest();
        }
    }

    /** The entry stored under {@code key} with {@code extension}, if the file exists and can be read. */
    public Optional<byte[]> read(byte[] key, String extension) {
        try {
            return Optional.of(Files.readAllBytes(file(key, extension)));
        } catch (NoSuchFileException e) {
            misses.increment();
            return Optional.empty();
        } catch (IOException e) {
            unreadable.increment();
            return Optional.empty();
        }
    }

    /** Stores {@code entry} under {@code key}, replacing any; a failure is counted, never thrown. */
    public void write(byte[] key, String extension, java.util.function.Supplier<byte[]> entry) {
        Path target = file(key, extension);
        try {
            byte[] bytes = entry.get();
            Files.createDirectories(target.getParent());
            Path tag = dir.resolve("CACHEDIR.TAG");
            if (!Files.exists(tag)) {
                AtomicFiles.writeEntry(tag, ".tag", TAG.getBytes(StandardCharsets.UTF_8));
            }
            AtomicFiles.writeEntry(target, ".entry", bytes);
            writes.increment();
        } catch (IOException | RuntimeException e) {
            writeFailures.increment();
            firstWriteFailure.compareAndSet(null, target + ": " + e);
        }
    }

    public Path file(byte[] key, String extension) {
        String hex = HexFormat.of().formatHex(key);
        return dir.resolve(hex.substring(0, 2)).resolve(hex.substring(2) + extension);
    }

    public long misses() {
        return misses.sum();
    }

    /** Entries that exist but could not be read. */
    public long unreadable() {
        return unreadable.sum();
    }

    public long writes() {
        return writes.sum();
    }

    public long writeFailures() {
        return writeFailures.sum();
    }

    public Optional<String> firstWriteFailure() {
        return Optional.ofNullable(firstWriteFailure.get());
    }
}
