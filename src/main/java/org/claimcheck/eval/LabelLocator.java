package org.claimcheck.eval;

import java.util.List;
import java.util.Optional;
import org.claimcheck.problem.Problem;
import org.claimcheck.text.LineMap;
import org.claimcheck.text.Span;

/**
 * Finds each label's claim text in its article: the {@code occurrence}-th occurrence (a plain, non-overlapping
 * substring count) in the analysed text. Text that is not there but stands in the source file is text ingest
 * dropped as boilerplate; the label is then located in the file, without a span. Anything else is an error.
 */
final class LabelLocator {

    private static final int CONTEXT = 50;

    private LabelLocator() {
    }

    static Optional<LocatedLabel> locate(Label label, EvalArticle article, List<Problem> problems) {
        String text = article.article().text();
        int at = nth(text, label.claim(), label.occurrence());
        if (at >= 0) {
            Span span = new Span(at, at + label.claim().length());
            return Optional.of(new LocatedLabel(label, article.article().id(), article.article().path(), span,
                    article.article().locate(at), context(text, span)));
        }
        int inSource = nth(article.source(), label.claim(), label.occurrence());
        if (inSource >= 0) {
            Span span = new Span(inSource, inSource + label.claim().length());
            return Optional.of(new LocatedLabel(label, article.article().id(), article.article().path(), null,
                    LineMap.of(article.source()).position(inSource), context(article.source(), span)));
        }
        int count = count(text, label.claim());
        String message = count == 0
                ? "\"" + label.claim() + "\" does not occur in the text of " + label.article()
                        + ": expected the value phrase exactly as it stands in the article"
                : "\"" + label.claim() + "\" occurs " + count + (count == 1 ? " time" : " times") + " in the text of "
                        + label.article() + ": expected at least " + label.occurrence() + " (the occurrence column)";
        problems.add(Problem.error("claim-not-found", label.cells().file(),
                label.cells().at(count == 0 ? "claim" : "occurrence"), message));
        return Optional.empty();
    }

    /** The offset of the {@code n}-th non-overlapping occurrence of {@code phrase}, or -1. */
    static int nth(String text, String phrase, int n) {
        int from = 0;
        for (int i = 1; ; i++) {
            int at = text.indexOf(phrase, from);
            if (at < 0 || i == n) {
                return at;
            }
            from = at + phrase.length();
        }
    }

    static int count(String text, String phrase) {
        int n = 0;
        for (int at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length())) {
            n++;
        }
        return n;
    }

    /** The claim with up to {@link #CONTEXT} characters either side, within its line. */
    private static String context(String text, Span span) {
        int lineStart = Math.max(text.lastIndexOf('\n', span.start() - 1) + 1, 0);
        int lineEnd = text.indexOf('\n', span.end());
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int from = Math.max(lineStart, span.start() - CONTEXT);
        int to = Math.min(lineEnd, span.end() + CONTEXT);
        return (from > lineStart ? "\u2026" : "") + text.substring(from, to).strip() + (to < lineEnd ? "\u2026" : "");
    }
}
