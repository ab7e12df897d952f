package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What might have been ("would have been released in 1999") is no outcome the tables record. */
class UnrealisedEventTest {

    private final Tables tables = Tables.create()
            .subject("skyline", "Skyline (film)", "Skyline", "the film")
            .event("released", "released", "release")
            .measure("budget", "budget", "cost");

    {
        tables.fact("skyline", "released", "2009-12-18").source("Studio release");
        tables.fact("skyline", "budget", "237 million USD").source("Studio release");
    }

    private Finding check(String sentence, String claim, String predicate) {
        TestArticle article = TestArticle.published("2012-01-01", sentence);
        return Runs.one(tables, article, article.claim(claim).subject("Skyline").predicate(predicate));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Without the delays, Skyline would have been released in 2008.   | 2008 | would have been released
            Skyline could have been released in 2005 had the studio agreed. | 2005 | could have been released
            """)
    void neverJudgesWhatMightHaveBeen(String sentence, String claim, String predicate) {
        Finding finding = check(sentence, claim, predicate);

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.FORECAST);
        assertThat(finding.explanation()).contains("did not happen");
    }

    @Test
    void neverJudgesAFigureOfWhatMightHaveBeen() {
        TestArticle article = TestArticle.published("2012-01-01", "Shot on film, Skyline would not have cost more "
                + "than $90 million.");

        Finding finding = Runs.one(tables, article, article.claim("$90 million").subject("Skyline")
                .predicate("would not have cost").tagged("Shot/VBN on/IN film/NN ,/, Skyline/NNP would/MD not/RB "
                        + "have/VB cost/VBN more/JJR than/IN $/$ 90/CD million/CD ./."));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.explanation()).contains("would not have cost");
    }

    @Test
    void stillJudgesAFigureBeforeTheVerb() {
        TestArticle article = TestArticle.published("2012-01-01", "The $90 million budget of Skyline would have paid "
                + "for three years of shooting on film.");

        Finding finding = Runs.one(tables, article, article.claim("$90 million").subject("budget of Skyline")
                .predicate("would have paid").tagged("The/DT $/$ 90/CD million/CD budget/NN of/IN Skyline/NNP "
                        + "would/MD have/VB paid/VBN for/IN three/CD years/NNS of/IN shooting/NN on/IN film/NN ./."));

        assertThat(finding.verdict()).as(finding.explanation()).isIn(Verdict.CONTRADICTED,
                Verdict.POSSIBLE_CONFLICT);
    }

    @Test
    void stillJudgesWhatHappened() {
        Finding finding = check("Skyline was released in 2008.", "2008", "was released");

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.CONTRADICTED);
    }
}
