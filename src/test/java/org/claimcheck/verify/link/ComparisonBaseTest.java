package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.TestArticle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The date a superlative is measured against is not the date of the event the sentence is about. */
class ComparisonBaseTest {

    @ParameterizedTest(name = "{0} / {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Vostok 2018 was billed as the largest since the Soviet Zapad-81 drills of 1981. | 1981 | true
            It was his first visit to Beijing since 2014.                                    | 2014 | true
            Trade fell to its lowest level since 2009.                                       | 2009 | true
            Vostok 2018, the largest drill, was held in September 2018.                      | September 2018 | false
            The largest exercise began in 2018, and it has been held since 2019.              | 2019 | false
            """)
    void tellsTheBaseOfASuperlativeFromTheDateOfTheEvent(String sentence, String claim, boolean base) {
        TestArticle article = TestArticle.published("2022-03-04", sentence);

        assertThat(GoverningAttribute.isComparisonBase(article.claim(claim).build())).isEqualTo(base);
    }
}
