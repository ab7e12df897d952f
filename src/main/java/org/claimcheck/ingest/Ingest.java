package org.claimcheck.ingest;

import java.io.InputStream;
import java.util.function.Supplier;

/** The ingest stage: find the inputs a user named, and read each into articles. Never throws for bad input. */
public final class Ingest {

    private Ingest() {
    }

    /** Expands paths, directories, {@code @lists} and {@code -} into inputs; bad paths become problems. */
    public static Discovery discover(InputSpec spec, Supplier<InputStream> stdin) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Reads one input by its extension (.txt, .md, .html/.htm, .jsonl); every failure becomes a problem. */
    public static ReadResult read(InputFile input, long maxBytes) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
