package org.claimcheck.verify.judge;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.value.Qualifier;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "Until" gives the date itself ("lasted until 1895", "was not signed until 2001") or only a bound: a later
 * reference contradicts both readings, an earlier one only the first, so it goes to review.
 */
class UntilTest {

    private static Tables tables() {
        Tables t = Tables.create().subject("lanport-war", "Lanport War")
                .event("ended", "ended", "lasted until", "lasted")
                .subject("lanport-treaty", "Treaty of Lanport").event("signed", "signed");
        t.fact("lanport-war", "ended", "1895-04-17").source("Military history").vintage("2000-01-01");
        t.fact("lanport-treaty", "signed", "2001-07-16").source("Treaty series").vintage("2002-01-01");
        return t;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Lanport War lasted until April 17, 1895.          | April 17, 1895 | SUPPORTED
            The Lanport War lasted until April 17, 1985.          | April 17, 1985 | POSSIBLE_CONFLICT
            The Lanport War lasted until April 17, 1795.          | April 17, 1795 | CONTRADICTED
            The Treaty of Lanport was not signed until 2001.      | 2001           | SUPPORTED
            The Treaty of Lanport was not signed until 2004.      | 2004           | POSSIBLE_CONFLICT
            The Treaty of Lanport was not signed until 1999.      | 1999           | CONTRADICTED
            """)
    void readsUntilAsTheDateOrABound(String sentence, String claim, Verdict verdict) {
        TestArticle article = TestArticle.published("2020-01-10", sentence);
        boolean war = sentence.contains("War");
        Finding finding = Runs.one(tables(), article, article.claim(claim).qualifier(Qualifier.UNTIL)
                .subject(war ? "The Lanport War" : "The Treaty of Lanport")
                .predicate(war ? "lasted" : "was not signed"));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(verdict);
    }
}
