package org.claimcheck.ingest;

import java.util.Objects;
import org.claimcheck.text.LineMap;
import org.claimcheck.text.Position;

/** A decoded input: its text exactly as in the file (byte-order mark removed) and the map of its lines. */
record SourceText(String path, String text, LineMap lines) {

    SourceText {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lines, "lines");
    }

    static SourceText of(String path, String text) {
        return new SourceText(path, text, LineMap.of(text));
    }

    Position position(int offset) {
        return lines.position(Math.min(offset, text.length()));
    }
}
