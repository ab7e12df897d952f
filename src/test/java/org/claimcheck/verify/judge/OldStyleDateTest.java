package org.claimcheck.verify.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A day exactly the Julian calendar's lag from the fact's is the same day Old Style: a question for review. */
class OldStyleDateTest {

    private static Tables tables() {
        Tables t = Tables.create().subject("battle-of-lanport", "Battle of Lanport")
                .event("fought", "took place", "fought")
                .subject("lanport-treaty", "Treaty of Lanport").event("signed", "signed")
                .subject("queen-ida", "Queen Ida").event("reign", "reigned", "was queen");
        t.fact("battle-of-lanport", "fought", "1709-07-08").source("Military history").vintage("2000-01-01");
        t.fact("lanport-treaty", "signed", "1905-09-05").source("Treaty series").vintage("2000-01-01");
        t.fact("queen-ida", "reign", "1762-07-09/1796-11-17").source("Royal chronicle").vintage("2000-01-01");
        return t;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            The Battle of Lanport took place on June 27, 1709.  | June 27, 1709     | POSSIBLE_CONFLICT
            The Battle of Lanport took place on July 19, 1709.  | July 19, 1709     | POSSIBLE_CONFLICT
            The Battle of Lanport took place on June 28, 1709.  | June 28, 1709     | CONTRADICTED
            The Battle of Lanport took place on July 18, 1709.  | July 18, 1709     | CONTRADICTED
            The Treaty of Lanport was signed on August 23, 1905. | August 23, 1905  | POSSIBLE_CONFLICT
            The Treaty of Lanport was signed on August 24, 1905. | August 24, 1905  | CONTRADICTED
            Queen Ida reigned from June 28, 1762.                 | June 28, 1762    | POSSIBLE_CONFLICT
            Queen Ida reigned from June 27, 1762.                 | June 27, 1762    | CONTRADICTED
            """)
    void sendsADayTheCalendarsLagApartToReview(String sentence, String claim, Verdict verdict) {
        TestArticle article = TestArticle.published("2020-01-10", sentence);
        String subject = sentence.contains("Battle") ? "The Battle of Lanport"
                : sentence.contains("Ida") ? "Queen Ida" : "The Treaty of Lanport";
        String predicate = sentence.contains("Battle") ? "took place" : sentence.contains("Ida") ? "reigned"
                : "was signed";

        Finding finding = Runs.one(tables(), article, article.claim(claim).subject(subject).predicate(predicate));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(verdict);
    }

    @ParameterizedTest(name = "{0}: {1} days")
    @CsvSource(delimiter = '|', textBlock = """
            1600-06-01 | 10
            1700-02-28 | 10
            1700-03-11 | 11
            1709-07-08 | 11
            1800-03-13 | 12
            1918-02-14 | 13
            """)
    void knowsTheLagOfTheJulianCalendar(String gregorian, long days) {
        assertThat(OldStyleDate.julianLag(LocalDate.parse(gregorian))).isEqualTo(days);
    }
}
