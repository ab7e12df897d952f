package org.claimcheck.ingest;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.problem.Problem;
import org.claimcheck.text.MappedText;
import org.claimcheck.text.Position;

/** Assembles articles from laid-out text, refusing the ones left with no text at all. */
final class Articles {

    private Articles() {
    }

    /**
     * One article from a file, checked with the metadata that could be read: {@code problems} with the metadata
     * (a bad date, a malformed header) are reported beside the article instead of costing it its check.
     */
    static ReadResult single(SourceText source, ArticleMeta meta, MappedText text, List<Problem> problems) {
        if (text.length() == 0) {
            List<Problem> all = new ArrayList<>(problems);
            all.add(noText(source.path(), null));
            return new ReadResult(List.of(), all);
        }
        return new ReadResult(List.of(of(source.path(), source, meta, text)), problems);
    }

    static Article of(String id, SourceText source, ArticleMeta meta, MappedText text) {
        return new Article(id, source.path(), meta, text.toString(),
                new MappedLocator(text.offsetMap(), source.lines()));
    }

    static Problem noText(String path, Position at) {
        return Problem.error("no-text", path, at,
                "no article text left after removing markup and boilerplate: expected paragraphs of text");
    }

    /** The first line of a laid-out text. */
    static String firstLine(CharSequence text) {
        String s = text.toString();
        int end = s.indexOf('\n');
        return end < 0 ? s : s.substring(0, end);
    }
}
