package org.claimcheck.verify.judge;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A date many years off the fact, and no mistyped digit, may be another event: a conflict goes to review. */
class FarOffDateTest {

    private static Tables tables() {
        Tables t = Tables.create().subject("wto-accession", "China's WTO accession", "China")
                .event("joined", "joined the WTO", "joined");
        t.fact("wto-accession", "joined", "2001-12-11").source("WTO").vintage("2001-12-11");
        return t;
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            China joined the WTO on December 11, 2011.   | December 11, 2011 | CONTRADICTED
            China joined the WTO on December 11, 2010.   | December 11, 2010 | CONTRADICTED
            China joined the WTO on December 11, 2021.   | December 11, 2021 | CONTRADICTED
            China joined the WTO on December 11, 2004.   | December 11, 2004 | CONTRADICTED
            China joined the WTO on December 11, 2015.   | December 11, 2015 | POSSIBLE_CONFLICT
            China joined the WTO on December 11, 1986.   | December 11, 1986 | POSSIBLE_CONFLICT
            """)
    void contradictsSlipsAndTyposAndSendsFarOffDatesToReview(String sentence, String claim, Verdict verdict) {
        TestArticle article = TestArticle.published("2024-01-10", sentence);

        Finding finding = Runs.one(tables(), article, article.claim(claim).subject("China").predicate("joined the WTO"));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(verdict);
    }

    @ParameterizedTest(name = "{0} for {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2011 | 2001 | true
            1979 | 1997 | true
            2010 | 2001 | true
            2015 | 2001 | false
            1986 | 2001 | false
            """)
    void tellsAMistypedYear(int claimed, int reference, boolean typo) {
        assertThat(FarOffDate.isTypo(claimed, reference)).isEqualTo(typo);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            After years of talks with China, the country joined on December 11, 1986.   | December 11, 1986 | UNVERIFIABLE
            After years of talks with China, the country joined on December 11, 2003.   | December 11, 2003 | POSSIBLE_CONFLICT
            """)
    void leavesAFarOffDateOnALinkThatIsNotFirmUnverifiable(String sentence, String claim, Verdict verdict) {
        TestArticle article = TestArticle.published("2024-01-10", sentence);

        Finding finding = Runs.one(tables(), article, article.claim(claim).subject("country").predicate("joined"));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(verdict);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            After years of talks with China, the country joined on December 10.
            """)
    void leavesADayWithoutItsYearToTheYearOfWritingRule(String sentence) {
        TestArticle article = TestArticle.published("2024-12-20", sentence);

        Finding finding = Runs.one(tables(), article, article.claim("December 10").value("2024-12-10")
                .subject("country").predicate("joined")
                .resolution("\u201cDecember 10\u201d = 2024-12-10, from the publication date 2024-12-20"));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.POSSIBLE_CONFLICT);
    }
}
