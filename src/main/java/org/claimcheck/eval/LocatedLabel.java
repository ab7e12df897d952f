package org.claimcheck.eval;

import java.util.Objects;
import org.claimcheck.text.Position;
import org.claimcheck.text.Span;

/**
 * A label found in its article: the span of its claim text in the analysed text, or no span when ingest
 * dropped that text (a sidebar, a trailer, a footer), so no claim can come from it.
 *
 * @param articleId the id of the article the claims of the run carry
 * @param path the article's file, for {@code path:line:col}
 * @param position where the claim text stands in that file
 * @param context the line of text around the claim, for reports
 */
public record LocatedLabel(Label label, String articleId, String path, Span span, Position position,
        String context) {

    public LocatedLabel {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(context, "context");
    }

    /** True when the text is in the analysed article, so a claim could have been extracted from it. */
    public boolean inAnalysedText() {
        return span != null;
    }

    public String where() {
        return path + ":" + position;
    }
}
