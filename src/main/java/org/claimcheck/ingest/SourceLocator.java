package org.claimcheck.ingest;

import org.claimcheck.text.Position;

/** Maps an offset in an article's extracted text to the line and column of the same character in its file. */
@FunctionalInterface
public interface SourceLocator {

    Position locate(int textOffset);
}
