package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

/** Dates given each to one party ("by Spain, …, and by Portugal, …") are that party's acts, not the event's. */
class PartyDatesTest {

    private static final String SENTENCE = "The accord was signed by Norland, 2 July 1894, and by Sudmark, "
            + "5 September 1894.";
    private static final String TAGGED = "The/DT accord/NN was/VBD signed/VBN by/IN Norland/NNP ,/, 2/CD July/NNP "
            + "1894/CD ,/, and/CC by/IN Sudmark/NNP ,/, 5/CD September/NNP 1894/CD ./.";

    private final Tables tables = tables();

    private static Tables tables() {
        Tables t = Tables.create().subject("lanport-accord", "Lanport Accord", "the accord")
                .event("signed", "signed", "signing");
        t.fact("lanport-accord", "signed", "1894-06-07").source("Treaty series").vintage("2000-01-01");
        return t;
    }

    @Test
    void leavesEachPartysOwnDateUnjudgedAgainstTheEvent() {
        TestArticle article = TestArticle.published("2000-01-01", "The Lanport Accord ended the dispute.", SENTENCE);

        var findings = Runs.verify(tables, article,
                article.claim("2 July 1894").subject("The accord").predicate("was signed").tagged(TAGGED),
                article.claim("5 September 1894").subject("The accord").predicate("was signed").tagged(TAGGED));

        assertThat(findings).allSatisfy(f -> {
            assertThat(f.verdict()).as(f.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
            assertThat(f.reason()).isEqualTo(Reason.OTHER_FACT);
        });
        assertThat(findings.get(1).explanation()).contains("Sudmark");
    }

    @Test
    void stillJudgesOneDateForSeveralParties() {
        TestArticle article = TestArticle.published("2000-01-01", "The Lanport Accord ended the dispute.",
                "The accord was signed by Norland and Sudmark on 2 July 1894.");

        Finding finding = Runs.verify(tables, article, article.claim("2 July 1894").subject("The accord")
                .predicate("was signed").tagged("The/DT accord/NN was/VBD signed/VBN by/IN Norland/NNP and/CC "
                        + "Sudmark/NNP on/IN 2/CD July/NNP 1894/CD ./.")).get(0);

        assertThat(finding.verdict()).as(finding.explanation()).isIn(Verdict.CONTRADICTED, Verdict.POSSIBLE_CONFLICT);
    }
}
