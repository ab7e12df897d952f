package org.claimcheck.ingest;

import java.util.Objects;
import org.claimcheck.text.MappedText;

/** One line of extracted text, still mapped to its source, with the kind that governs how it is laid out. */
record SourceLine(LineKind kind, MappedText text) {

    static final SourceLine BREAK = new SourceLine(LineKind.BREAK, MappedText.empty());

    SourceLine {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }
}
