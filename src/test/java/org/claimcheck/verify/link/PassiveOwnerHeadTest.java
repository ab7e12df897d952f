package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

/**
 * A name just before a passive verb owns its event only when it heads the claim's subject phrase: in "a new course
 * of the Suez Canal was opened" what opened is the course, not the canal.
 */
class PassiveOwnerHeadTest {

    private final Tables tables = tables();

    private static Tables tables() {
        Tables t = Tables.create().subject("suez-canal", "Suez Canal").subject("union-state", "Union State")
                .event("opened", "opened", "inaugurated").event("signed", "signed");
        t.fact("suez-canal", "opened", "1869-11-17").source("Encyclopedia").vintage("2024-01-01");
        t.fact("union-state", "signed", "1999-12-08").source("Encyclopedia").vintage("2024-01-01");
        return t;
    }

    @Test
    void aNameInTheOfPhraseOfAnotherHeadDoesNotOwnThePassiveEvent() {
        TestArticle article = TestArticle.published("2016-01-10",
                "On August 6, 2015, a new course of the Suez Canal was opened, with a length of 72 kilometres.");
        Finding finding = Runs.one(tables, article, article.claim("August 6, 2015")
                .subject("new course of the Suez Canal").predicate("was opened"));
        assertThat(finding.verdict()).isNotIn(Verdict.CONTRADICTED, Verdict.POSSIBLE_CONFLICT);
    }

    @Test
    void theNameThatHeadsTheSubjectPhraseStillOwnsIt() {
        TestArticle article = TestArticle.published("2016-01-10", "The Suez Canal was opened on 17 November 1868.");
        Finding finding = Runs.one(tables, article, article.claim("17 November 1868").subject("Suez Canal")
                .predicate("was opened"));
        assertThat(finding.verdict()).isEqualTo(Verdict.CONTRADICTED);
    }

    @Test
    void aParticipleAfterACommaStillBelongsToTheNameBeforeIt() {
        TestArticle article = TestArticle.published("2024-12-10", "The leaders met on the 25th anniversary of the "
                + "Treaty on the Creation of the Union State, signed on December 9, 1999, in Moscow.");
        Finding finding = Runs.one(tables, article, article.claim("December 9, 1999")
                .subject("Creation of the Union State").predicate("signed"));
        assertThat(finding.verdict()).isEqualTo(Verdict.CONTRADICTED);
    }
}
