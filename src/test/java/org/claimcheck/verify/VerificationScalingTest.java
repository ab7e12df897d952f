package org.claimcheck.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.extract.Claim;
import org.junit.jupiter.api.Test;

/**
 * A scraped page with no line breaks is one enormous paragraph: verifying it must cost in proportion to its
 * length. Compares two sizes (never a wall-clock limit): eight times the text may take about eight times as
 * long, while a rescan of the paragraph per claim would take sixty-four. The bound leaves room for a busy
 * machine's noise.
 */
class VerificationScalingTest {

    private static final String SENTENCES = "Power of Siberia began operations on 2 December 2019. Bilateral trade "
            + "between Russia and China reached $146.88 billion in 2021. ";

    private final Verifier verifier = new Verifier(Tables.standard().index());

    @Test
    void verifiesOneLongParagraphInTimeProportionalToItsLength() {
        Paragraph warmUp = new Paragraph(100);
        Paragraph small = new Paragraph(200);
        Paragraph large = new Paragraph(1600);
        fastest(warmUp); // compile the hot paths first

        double ratio = (double) fastest(large) / fastest(small);

        assertThat(ratio).as("time for 8x the text, relative to 1x").isLessThan(24.0);
    }

    private long fastest(Paragraph p) {
        long best = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            assertThat(verifier.verify(p.article.article(), p.claims)).hasSize(p.claims.size());
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }

    /** The two sentences {@code repeats} times in one paragraph, with their claims. */
    private static final class Paragraph {
        final TestArticle article;
        final List<Claim> claims = new ArrayList<>();

        Paragraph(int repeats) {
            article = TestArticle.published("2022-03-04", SENTENCES.repeat(repeats));
            for (int i = 1; i <= repeats; i++) {
                claims.add(article.claim("2 December 2019").occurrence(i).subject("Power of Siberia")
                        .predicate("began operations").build());
                claims.add(article.claim("$146.88 billion").occurrence(i).subject("Bilateral trade")
                        .predicate("reached").period("2021").build());
            }
        }
    }
}
