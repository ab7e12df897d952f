package org.claimcheck.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheStoreTest {

    @TempDir
    Path dir;

    @Test
    void storesAnEntryUnderItsKeyAndMarksTheFolderAsACache() {
        CacheStore store = new CacheStore(dir.resolve("cache"));
        byte[] key = new CacheStore.Key().field("article").field("text").digest();

        assertThat(store.read(key, ".x")).isEmpty();
        store.write(key, ".x", () -> "entry".getBytes(StandardCharsets.UTF_8));

        assertThat(store.read(key, ".x")).hasValueSatisfying(b -> assertThat(new String(b, StandardCharsets.UTF_8))
                .isEqualTo("entry"));
        assertThat(store.file(key, ".x").getParent().getParent()).isEqualTo(dir.resolve("cache"));
        assertThat(dir.resolve("cache/CACHEDIR.TAG")).exists();
        assertThat(store.misses()).isEqualTo(1);
        assertThat(store.writes()).isEqualTo(1);
    }

    @Test
    void keysOfDifferentFieldListsDiffer() {
        assertThat(new CacheStore.Key().field("ab").field("c").digest())
                .isNotEqualTo(new CacheStore.Key().field("a").field("bc").digest());
    }

    @Test
    void countsAFailedWriteInsteadOfThrowing() throws IOException {
        Path blocked = dir.resolve("file");
        Files.writeString(blocked, "not a folder");
        CacheStore store = new CacheStore(blocked);

        store.write(new CacheStore.Key().field("k").digest(), ".x", () -> new byte[] {1});

        assertThat(store.writeFailures()).isEqualTo(1);
        assertThat(store.firstWriteFailure()).isPresent();
    }
}
