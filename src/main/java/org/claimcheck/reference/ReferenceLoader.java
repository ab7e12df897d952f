package org.claimcheck.reference;

import java.nio.file.Path;

/** Reads and validates every reference table in a directory. */
public final class ReferenceLoader {

    private ReferenceLoader() {
    }

    /** Loads {@code dir}; an invalid set of tables yields {@link ReferenceIndex#EMPTY} and its problems. */
    public static LoadResult load(Path dir) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
