package org.claimcheck.verify;

import java.util.Arrays;
import java.util.List;

/** Runs the verifier over a test article with hand-built tables. */
final class Runs {

    private Runs() {
    }

    static List<Finding> verify(Tables tables, TestArticle article, TestArticle.ClaimSpec... claims) {
        return new Verifier(tables.index()).verify(article.article(),
                Arrays.stream(claims).map(TestArticle.ClaimSpec::build).toList());
    }

    /** The finding for a single claim. */
    static Finding one(Tables tables, TestArticle article, TestArticle.ClaimSpec claim) {
        return verify(tables, article, claim).get(0);
    }
}
