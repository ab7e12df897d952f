package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

/** A figure in brackets right after a name is that name's, whatever else the sentence names. */
class BracketedFigureTest {

    private final Tables tables = Tables.create()
            .subject("india", "India")
            .subject("hoover-dam", "Hoover Dam")
            .measure("gdp", "GDP")
            .measure("length", "long", "length");

    {
        tables.fact("india", "gdp", "3.572 trillion USD").period("2023").source("IMF");
        tables.fact("hoover-dam", "length", "400 m").source("USBR");
    }

    @Test
    void neverJudgesAnotherNamesBracketedFigureAgainstTheSubjectTheSentenceNamesBesides() {
        TestArticle article = TestArticle.published("2024-01-01",
                "In 2023, India's GDP ranked above the UK ($3,159 billion) and France ($2,924 billion).");

        Finding finding = Runs.one(tables, article, article.claim("$3,159 billion").subject("the UK").period("2023"));

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.OTHER_FACT);
        assertThat(finding.explanation()).contains("the UK");
    }

    @Test
    void stillJudgesAFigureConvertedInBrackets() {
        TestArticle article = TestArticle.published("2024-01-01", "Hoover Dam is 1,244 feet (379 metres) long.");

        Finding finding = Runs.one(tables, article, article.claim("379 metres").subject("feet").predicate("is"));

        assertThat(finding.verdict()).as(finding.explanation()).isNotEqualTo(Verdict.UNVERIFIABLE);
    }
}
