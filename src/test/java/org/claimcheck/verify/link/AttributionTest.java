package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.TestArticle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether a claim's predicate only attributes its value to a source. */
class AttributionTest {

    @ParameterizedTest(name = "{0} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Some timelines wrongly date the annexation to 18 March 2015.       | 18 March 2015 | date the annexation   | true
            A radio bulletin put bilateral trade at $14.7 billion.             | $14.7 billion | put bilateral trade   | true
            One encyclopedia gives the signing as 8 December 1998.             | 8 December 1998 | gives the signing   | true
            Nazarbayev had put forward a similar proposal in 1994.             | 1994          | had put forward a similar proposal | false
            The Agreement on the Creation of the CIS dated 8 December 1991.   | 8 December 1991 | dated               | false
            The pipeline began operations in 2019.                             | 2019          | began operations      | false
            A university textbook says oil first flowed on 1 January 2012.     | 1 January 2012 | flowed               | true
            Some reference works still give the start date as 12 December 2019. | 12 December 2019 | give the start date | true
            Putin said the pipeline began operations in 2019.                  | 2019          | began operations      | false
            The textbook was published in 2012, and oil first flowed in 2011.  | 2011          | flowed                | false
            A think tank later summarised the drill as having involved 2,000,000 troops. | 2,000,000 | having involved | true
            The minister later said the drill ended in 2021.                   | 2021          | ended                 | false
            One newsletter got it right; another announced that cargo had passed 40 million tonnes in 2024. | 40 million tonnes | had passed | true
            One ship sailed; another carried 40 million tonnes in 2024.        | 40 million tonnes | carried            | false
            Their history dates back to 1996.                                  | 1996          | dates back            | false
            A think-tank note circulated in Brussels claimed trade of $190 billion in 2023. | $190 billion | claimed trade | true
            A report published by the ministry in May put exports at $12 billion. | $12 billion | put exports | true
            A think-tank timeline circulated in Brussels this summer listed TurkStream as having opened in January 2019. | January 2019 | having opened | true
            A widely shared infographic dates the signing to 21 March 2014.    | 21 March 2014 | dates the signing    | true
            The report on the talks was published, and exports reached $12 billion. | $12 billion | reached   | false
            """)
    void tellsASourcesFigureFromAnEventOfItsOwn(String sentence, String claim, String predicate, boolean source) {
        TestArticle article = TestArticle.published("2022-03-04", sentence);

        assertThat(Attribution.isSource(article.claim(claim).predicate(predicate).build())).isEqualTo(source);
    }
}
