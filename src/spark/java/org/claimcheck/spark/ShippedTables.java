package org.claimcheck.spark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.claimcheck.reference.LoadResult;
import org.claimcheck.reference.ReferenceIndex;
import org.claimcheck.reference.ReferenceLoader;

/**
 * The bytes of a validated set of reference tables, small enough to broadcast, from which each executor
 * rebuilds the {@link ReferenceIndex} (the index itself is not serializable). The tables travel as a zip whose
 * entries sit under the folder name the driver was given, and are loaded through the zip file system, so the
 * table paths in evidence read exactly as on a single machine ("reference-data/facts-trade.csv"). A folder
 * named with "." or ".." steps is shipped under its normalised name, as the zip file system has no such steps:
 * "./reference-data" shows as "reference-data", "../refs" as the absolute folder.
 */
final class ShippedTables implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String dirName;
    private final byte[] zip;

    private ShippedTables(String dirName, byte[] zip) {
        this.dirName = dirName;
        this.zip = zip.clone();
    }

    /** Packs the CSV tables of {@code dir}, which the caller has validated with {@link ReferenceLoader#load}. */
    static ShippedTables of(Path dir) {
        String name = shippedName(dir);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes); Stream<Path> entries = Files.list(dir)) {
            List<Path> tables = entries.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"))
                    .sorted().toList();
            for (Path table : tables) {
                out.putNextEntry(new ZipEntry(entryName(name) + "/" + table.getFileName()));
                out.write(Files.readAllBytes(table));
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the reference tables in " + dir, e);
        }
        return new ShippedTables(name, bytes.toByteArray());
    }

    /** Rebuilds the index from the shipped bytes; the same tables the driver validated, so it is valid. */
    ReferenceIndex index() {
        try {
            Path file = Files.createTempFile("claimcheck-refs", ".zip");
            try {
                Files.write(file, zip);
                try (FileSystem fs = FileSystems.newFileSystem(URI.create("jar:" + file.toUri()), Map.of())) {
                    LoadResult loaded = ReferenceLoader.load(fs.getPath(dirName));
                    if (!loaded.isValid()) {
                        throw new IllegalStateException("the shipped reference tables did not load: "
                                + loaded.problems());
                    }
                    return loaded.index();
                }
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the shipped reference tables", e);
        }
    }

    /** The folder name the tables travel under: as given, unless it has "." or ".." steps. */
    static String shippedName(Path dir) {
        Path normal = dir.normalize();
        boolean steps = false;
        for (Path part : normal) {
            steps |= part.toString().equals("..");
        }
        if (steps || normal.toString().isEmpty()) {
            normal = dir.toAbsolutePath().normalize();
        }
        return normal.toString();
    }

    /** Identifies these tables, so an executor that already built their index reuses it. */
    String digest() {
        return dirName + "#" + Arrays.hashCode(zip) + "#" + zip.length;
    }

    private static String entryName(String dirName) {
        String s = dirName.replace('\\', '/');
        while (s.startsWith("/")) {
            s = s.substring(1);
        }
        return s;
    }
}
