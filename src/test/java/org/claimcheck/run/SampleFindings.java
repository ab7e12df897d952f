package org.claimcheck.run;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.extract.ClaimWord;
import org.claimcheck.ingest.Article;
import org.claimcheck.ingest.Ingest;
import org.claimcheck.ingest.InputSpec;
import org.claimcheck.text.Span;
import org.claimcheck.value.Amount;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Granularity;
import org.claimcheck.value.Qualifier;
import org.claimcheck.value.Unit;
import org.claimcheck.value.Unresolved;
import org.claimcheck.value.Value;
import org.claimcheck.verify.Evidence;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Verdict;

/** An article read from disk and findings of every value kind, verdict and optional field, built by hand. */
record SampleFindings(Article article, List<Finding> findings) {

    static SampleFindings write(Path dir) throws IOException {
        Path file = dir.resolve("trade.txt");
        Files.writeString(file, "Title: Trade\nDate: 2022-03-04\n\n"
                + "Trade reached a record $147 billion in 2021.\nThe pipeline opened last year, said \u00fcn\u00efcode.\n");
        Article article = Ingest.read(Ingest.discover(InputSpec.of(file.toString()), () -> null).files().get(0),
                InputSpec.DEFAULT_MAX_BYTES).articles().get(0);
        String text = article.text();
        int sentence2 = text.indexOf("The pipeline");
        Span s1 = new Span(text.indexOf("Trade"), text.indexOf('\n', text.indexOf("Trade")));
        Span s2 = new Span(sentence2, text.indexOf('.', text.indexOf("\u00fcn")) + 1);
        DateValue y2021 = new DateValue(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), Granularity.YEAR);
        Amount amount = new Amount(new BigDecimal("147E+9"), new Unit("USD", "currency:USD", BigDecimal.ONE));
        List<Finding> findings = List.of(
                new Finding(claim(article, "$147 billion", s1, amount, Qualifier.AT_LEAST, true, "Trade", y2021,
                        null), Verdict.SUPPORTED, Reason.BOUND_HOLDS,
                        List.of(new Evidence("reference-data/facts-trade.csv", 7, "Russia\u2013China", "trade",
                                "$146.88 billion", "2021", "https://example.org/x", "2022-01-14", null)), "matches"),
                new Finding(claim(article, "2021", s1, y2021, Qualifier.EXACT, false, null, null, null),
                        Verdict.UNVERIFIABLE, Reason.ATTRIBUTE_NOT_NAMED, List.of(), "no fact"),
                new Finding(claim(article, "last year", s2, new Unresolved("last year", "no anchor"),
                        Qualifier.EXACT, false, "The pipeline", null, "last year = 2021"), Verdict.CONTRADICTED,
                        Reason.CONTRADICTS_ARTICLE,
                        List.of(new Evidence("a.txt", 3, null, null, "2019", null, null, null, "said before")),
                        "\u00fcn\u00efcode explanation"));
        return new SampleFindings(article, findings);
    }

    private static Claim claim(Article article, String phrase, Span sentence, Value value, Qualifier qualifier,
            boolean record, String subject, DateValue period, String resolution) {
        String text = article.text();
        int start = text.indexOf(phrase, sentence.start());
        Span span = new Span(start, start + phrase.length());
        return new Claim(article.id(), value instanceof Amount ? ClaimKind.MONEY : ClaimKind.DATE, phrase, span,
                article.locate(start), 0, sentence, sentence.of(text), value, qualifier, record, subject, "reached",
                period, resolution, "fp-" + start, words(sentence.of(text)));
    }

    /** Every run of letters or digits of the sentence as a word, tagged by its shape, so the words round-trip. */
    private static List<ClaimWord> words(String sentence) {
        List<ClaimWord> words = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+").matcher(sentence);
        while (m.find()) {
            String tag = Character.isDigit(m.group().charAt(0)) ? "CD" : "NN";
            words.add(new ClaimWord(m.start(), m.end(), m.group().toLowerCase(java.util.Locale.ROOT), tag));
        }
        return words;
    }
}
