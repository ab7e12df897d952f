package org.claimcheck.verify;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.value.Qualifier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each kind of deliberately wrong claim the evaluation plants, and its correct twin, through the verifier. */
class PlantedErrorsTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            correct         | The Treaty of Good-Neighbourliness was signed on 16 July 2001, in Moscow.                    | 16 July 2001 | EXACT         |      | SUPPORTED    | VALUE_AGREES         | 16 July 2001
            wrong-day       | The Treaty of Good-Neighbourliness was signed on 17 July 2001, in Moscow.                    | 17 July 2001 | EXACT         |      | CONTRADICTED | WRONG_DAY            | 16 July 2001
            wrong-month     | The Treaty of Good-Neighbourliness was signed in June 2001, in Moscow.                       | June 2001    | EXACT         |      | CONTRADICTED | WRONG_MONTH          | 16 July 2001
            wrong-year      | The Treaty of Good-Neighbourliness was signed in 2002, in Moscow.                            | 2002         | EXACT         |      | CONTRADICTED | WRONG_YEAR           | 16 July 2001
            correct         | Russia–China trade reached $146.9bn in 2021.                         | $146.9bn     | EXACT         | 2021 | SUPPORTED    | VALUE_AGREES         | $146.88 billion
            wrong-magnitude | Russia–China trade reached $14.7 billion in 2021.                    | $14.7 billion | EXACT        | 2021 | CONTRADICTED | WRONG_MAGNITUDE      | $146.88 billion
            wrong-figure    | Russia–China trade reached $174 billion in 2021.                     | $174 billion | EXACT         | 2021 | CONTRADICTED | OUTSIDE_TOLERANCE    | $146.88 billion
            wrong-currency  | Russia–China trade reached €147 billion in 2021.                     | €147 billion | EXACT         | 2021 | CONTRADICTED | WRONG_CURRENCY       | $146.88 billion
            correct         | Russia–China trade reached €124 billion in 2021.                     | €124 billion | EXACT         | 2021 | SUPPORTED    | VALUE_AGREES         | $146.88 billion
            hedge           | Russia–China trade reached nearly $200 billion in 2021.              | $200 billion | NEARLY        | 2021 | CONTRADICTED | OUTSIDE_TOLERANCE    | $146.88 billion
            correct         | Russia–China trade reached nearly $150 billion in 2021.              | $150 billion | NEARLY        | 2021 | SUPPORTED    | WITHIN_APPROXIMATION | $146.88 billion
            period-swap     | Russia–China trade reached $146.88 billion in 2020.                  | $146.88 billion | EXACT      | 2020 | CONTRADICTED | OUTSIDE_TOLERANCE    | $107.77 billion
            """)
    void catchesEachPlantedErrorAndPassesItsCorrectTwin(String planted, String sentence, String claim,
            Qualifier qualifier, String period, Verdict verdict, Reason reason, String reference) {
        TestArticle article = TestArticle.published("2022-03-04", sentence);
        // subject and predicate as extraction gives them: the phrase before the verb, and the verb
        String predicate = sentence.contains(" was signed") ? "was signed" : "reached";
        TestArticle.ClaimSpec spec = article.claim(claim).qualifier(qualifier)
                .subject(sentence.substring(0, sentence.indexOf(" " + predicate))).predicate(predicate);
        Tables tables = Tables.standard().rate("USD", "EUR", "1.1830", "2021", "Federal Reserve G.5A");
        Finding finding = Runs.one(tables, article, period == null ? spec : spec.period(period));
        assertThat(finding.verdict()).as(planted).isEqualTo(verdict);
        assertThat(finding.reason()).as(planted).isEqualTo(reason);
        // the fact it was judged against (a rate row may follow)
        assertThat(finding.evidence().get(0).value()).isEqualTo(reference);
        assertThat(finding.evidence().get(0).period()).isEqualTo(period);
    }
}
