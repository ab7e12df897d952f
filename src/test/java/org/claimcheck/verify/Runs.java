package org.claimcheck.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

/** Runs the verifier over a test article with hand-built tables. */
public final class Runs {

    private Runs() {
    }

    /** The findings, each checked to have a reason that goes with its verdict. */
    public static List<Finding> verify(Tables tables, TestArticle article, TestArticle.ClaimSpec... claims) {
        List<Finding> findings = new Verifier(tables.index()).verify(article.article(),
                Arrays.stream(claims).map(TestArticle.ClaimSpec::build).toList());
        for (Finding f : findings) {
            assertThat(f.reason().verdicts()).as("verdicts of %s (%s)", f.reason().code(), f.explanation())
                    .contains(f.verdict());
        }
        return findings;
    }

    /** The finding for a single claim. */
    public static Finding one(Tables tables, TestArticle article, TestArticle.ClaimSpec claim) {
        return verify(tables, article, claim).get(0);
    }
}
