package org.claimcheck.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.ingest.Article;
import org.claimcheck.ingest.ArticleMeta;
import org.claimcheck.text.Position;
import org.claimcheck.text.Span;

/** Hand-made articles and annotations in the shape CoreNLP gives them, for tests that load no models. */
final class Fixtures {

    static final String TEXT = "Trade reached $147 billion in 2021.\nDiplomats were pleased.\nIt is now “record”.";

    private Fixtures() {
    }

    static Article article(String text, LocalDate published) {
        return new Article("a.txt", "a.txt", new ArticleMeta("A", published, null, false), text,
                offset -> new Position(1, offset + 1));
    }

    /** Three sentences: one tagged with a MONEY and a DATE mention, one skipped, one tagged without mentions. */
    static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        out.add(new Sentence(0, new Span(0, 35), text.substring(0, 35), List.of(
                token(text, 0, 5, "NN", "trade", "O"), token(text, 6, 13, "VBD", "reach", "O"),
                token(text, 14, 15, "$", "$", "MONEY"), token(text, 15, 18, "CD", "147", "MONEY"),
                token(text, 19, 26, "CD", "billion", "MONEY"), token(text, 27, 29, "IN", "in", "O"),
                token(text, 30, 34, "CD", "2021", "DATE"), token(text, 34, 35, ".", ".", "O")), List.of(
                new Mention(MentionType.MONEY, new Span(14, 26), text.substring(14, 26), "$1.47E11", null),
                new Mention(MentionType.DATE, new Span(30, 34), "2021", "2021", "DATE"))));
        out.add(new Sentence(1, new Span(36, 59), text.substring(36, 59), List.of(), List.of()));
        out.add(new Sentence(2, new Span(60, 79), text.substring(60, 79), List.of(
                token(text, 60, 62, "PRP", "it", "O"), token(text, 63, 65, "VBZ", "be", "O"),
                token(text, 66, 69, "RB", "now", "DATE"), token(text, 70, 71, "``", "``", "O"),
                token(text, 71, 77, "NN", "record", "O"), token(text, 77, 78, "''", "''", "O"),
                token(text, 78, 79, ".", ".", "O")), List.of(
                new Mention(MentionType.DATE, new Span(66, 69), "now", "PRESENT_REF", "DATE"))));
        return out;
    }

    private static Token token(String text, int start, int end, String pos, String lemma, String ner) {
        return new Token(text.substring(start, end), new Span(start, end), pos, lemma, ner);
    }
}
