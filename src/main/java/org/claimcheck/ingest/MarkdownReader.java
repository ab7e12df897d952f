package org.claimcheck.ingest;

import java.util.List;
import org.claimcheck.text.MappedText;

/**
 * Reads a Markdown article: front matter for metadata (malformed front matter is a problem at its line and
 * column, and the article is still checked with the fields that could be read), the body without Markdown
 * syntax. The title is the front matter's, else the first
 * heading's.
 */
final class MarkdownReader {

    private MarkdownReader() {
    }

    static ReadResult read(SourceText source) {
        FrontMatter.Parsed front = FrontMatter.parse(source);
        List<SourceLine> lines = MarkdownBlocks.parse(source.text(), front.bodyStart());
        MappedText laidOut = Layout.arrange(lines);
        String heading = lines.stream()
                .filter(line -> line.kind() == LineKind.HEADING)
                .map(line -> LineCleaner.clean(line.text()).toString())
                .filter(text -> !text.isEmpty())
                .findFirst().orElse(null);
        return Articles.single(source, front.fields().toMeta(heading), laidOut, front.fields().problems());
    }
}
