package org.claimcheck.ingest;

import java.util.Objects;
import org.claimcheck.text.LineMap;
import org.claimcheck.text.OffsetMap;
import org.claimcheck.text.Position;

/** Locates text offsets through an offset map into the lines of the source file the text was extracted from. */
final class MappedLocator implements SourceLocator {

    private final OffsetMap offsets;
    private final LineMap lines;

    MappedLocator(OffsetMap offsets, LineMap lines) {
        this.offsets = Objects.requireNonNull(offsets, "offsets");
        this.lines = Objects.requireNonNull(lines, "lines");
    }

    @Override
    public Position locate(int textOffset) {
        return lines.position(offsets.sourceOffset(textOffset));
    }
}
