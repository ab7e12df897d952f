package org.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Qualifier;
import org.junit.jupiter.api.Test;

/** A year SUTime folds into a stretch of time or a rhythm is still a date. */
class YearsInTermsTest {

    private final ClaimExtractor extractor = new ClaimExtractor();

    private List<Claim> extract(SentenceFixture f) {
        return extractor.extract(f.build());
    }

    @Test
    void readsTheYearOfARhythmAsADateWithItsSince() {
        List<Claim> claims = extract(SentenceFixture.of(
                "More/JJR than/IN 6,000/CD people/NNS have/VBP died/VBN every/DT day/NN since/IN 2012/CD ./.")
                .mention("NUMBER", "6,000", "6000.0").mention("SET", "every day since 2012", "P1D"));

        assertThat(claims).filteredOn(c -> c.kind() == ClaimKind.DATE).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("2012");
            assertThat(c.value()).isEqualTo(DateValue.year(2012));
            assertThat(c.qualifier()).isEqualTo(Qualifier.SINCE);
        });
    }

    @Test
    void readsTwoYearsJoinedByADashInsideAStretchAsARange() {
        List<Claim> claims = extract(SentenceFixture.of(
                "The/DT share/NN remained/VBD below/IN 2/CD %/NN for/IN the/DT entire/JJ 2012/CD -/HYPH 2021/CD "
                        + "period/NN ./.")
                .mention("PERCENT", "2%", "%2.0").mention("DURATION", "2012-2021", "P9Y"));

        assertThat(claims).filteredOn(c -> c.kind() == ClaimKind.DATE).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("2012-2021");
            assertThat(c.value()).isEqualTo(DateValue.range(DateValue.year(2012), DateValue.year(2021)));
        });
    }

    @Test
    void leavesAStretchWithoutAYearToTheTermRules() {
        List<Claim> claims = extract(SentenceFixture.of(
                "The/DT treaty/NN would/MD be/VB extended/VBN for/IN another/DT five/CD years/NNS ./.")
                .mention("DURATION", "another five years", "P5Y"));

        assertThat(claims).singleElement().extracting(Claim::kind).isEqualTo(ClaimKind.QUANTITY);
    }
}
