package org.claimcheck.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimKind;
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
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FindingsCodecTest {

    private static final byte[] KEY = new byte[32];

    @TempDir
    Path dir;

    private Article article;
    private List<Finding> findings;

    @BeforeEach
    void setUp() throws IOException {
        Path file = dir.resolve("trade.txt");
        Files.writeString(file, "Title: Trade\nDate: 2022-03-04\n\n"
                + "Trade reached a record $147 billion in 2021.\nThe pipeline opened last year, said ünïcode.\n");
        article = Ingest.read(Ingest.discover(InputSpec.of(file.toString()), () -> null).files().get(0),
                InputSpec.DEFAULT_MAX_BYTES).articles().get(0);
        String text = article.text();
        int sentence2 = text.indexOf("The pipeline");
        Span s1 = new Span(text.indexOf("Trade"), text.indexOf('\n', text.indexOf("Trade")));
        Span s2 = new Span(sentence2, text.indexOf('.', text.indexOf("ünïcode")) + 1);
        DateValue y2021 = new DateValue(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31), Granularity.YEAR);
        Amount amount = new Amount(new BigDecimal("147E+9"), new Unit("USD", "currency:USD", BigDecimal.ONE));
        findings = List.of(
                new Finding(claim(text, "$147 billion", s1, amount, Qualifier.AT_LEAST, true, "Trade", y2021, null),
                        Verdict.SUPPORTED, List.of(new Evidence("reference-data/facts-trade.csv", 7, "Russia–China",
                                "trade", "$146.88 billion", "2021", "https://example.org/x", "2022-01-14", null)),
                        "matches"),
                new Finding(claim(text, "2021", s1, y2021, Qualifier.EXACT, false, null, null, null),
                        Verdict.UNVERIFIABLE, List.of(), "no fact"),
                new Finding(claim(text, "last year", s2, new Unresolved("last year", "no anchor"), Qualifier.EXACT,
                        false, "The pipeline", null, "last year = 2021"), Verdict.CONTRADICTED,
                        List.of(new Evidence("a.txt", 3, null, null, "2019", null, null, null, "said before")),
                        "ünïcode explanation"));
    }

    private Claim claim(String text, String phrase, Span sentence, Value value, Qualifier qualifier, boolean record,
            String subject, DateValue period, String resolution) {
        int start = text.indexOf(phrase, sentence.start());
        Span span = new Span(start, start + phrase.length());
        return new Claim(article.id(), value instanceof Amount ? ClaimKind.values()[0] : ClaimKind.values()[1],
                phrase, span, article.locate(start), 0, sentence, sentence.of(text), value, qualifier, record,
                subject, "reached", period, resolution, "fp-" + start);
    }

    @Test
    void readsBackEveryFieldOfEveryFinding() throws Exception {
        byte[] entry = FindingsCodec.encode(KEY, findings);
        assertThat(FindingsCodec.decode(KEY, entry, article)).isEqualTo(findings);
        assertThat(FindingsCodec.decode(KEY, FindingsCodec.encode(KEY, List.of()), article)).isEmpty();
    }

    @Test
    void refusesAnyDamagedTruncatedOrForeignEntry() {
        byte[] entry = FindingsCodec.encode(KEY, findings);
        for (int i = 0; i < entry.length; i += 7) {
            byte[] damaged = entry.clone();
            damaged[i] ^= 0x01;
            assertThatThrownBy(() -> FindingsCodec.decode(KEY, damaged, article))
                    .isInstanceOf(FindingsCodec.DamagedEntryException.class);
        }
        assertThatThrownBy(() -> FindingsCodec.decode(KEY, Arrays.copyOf(entry, entry.length - 5), article))
                .isInstanceOf(FindingsCodec.DamagedEntryException.class);
        byte[] otherKey = KEY.clone();
        otherKey[0] = 1;
        assertThatThrownBy(() -> FindingsCodec.decode(otherKey, entry, article))
                .isInstanceOf(FindingsCodec.DamagedEntryException.class).hasMessageContaining("another key");
    }

    @Test
    void refusesFindingsOfAnotherArticle() throws IOException {
        Path other = dir.resolve("other.txt");
        Files.writeString(other, "Short.\n");
        Article short1 = Ingest.read(Ingest.discover(InputSpec.of(other.toString()), () -> null).files().get(0),
                InputSpec.DEFAULT_MAX_BYTES).articles().get(0);
        byte[] entry = FindingsCodec.encode(KEY, findings);
        assertThatThrownBy(() -> FindingsCodec.decode(KEY, entry, short1))
                .isInstanceOf(FindingsCodec.DamagedEntryException.class).hasMessageContaining("article");
    }
}
