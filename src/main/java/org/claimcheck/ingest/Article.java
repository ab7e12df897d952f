package org.claimcheck.ingest;

import java.util.Objects;
import org.claimcheck.text.Position;

/**
 * One article ready for analysis: its plain text (markup and boilerplate removed, one paragraph or heading per
 * line) and a locator back into the source file.
 *
 * @param id unique within a run: the path as given, with {@code #N} for line N of a JSON-lines file
 * @param path the file as the user named it (for messages and reports)
 */
public record Article(String id, String path, ArticleMeta meta, String text, SourceLocator locator) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(meta, "meta");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(locator, "locator");
    }

    public Position locate(int textOffset) {
        return locator.locate(textOffset);
    }
}
