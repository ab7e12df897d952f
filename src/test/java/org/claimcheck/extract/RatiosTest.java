package org.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimcheck.value.Amount;
import org.claimcheck.value.Qualifier;
import org.junit.jupiter.api.Test;

class RatiosTest {

    private final ClaimExtractor extractor = new ClaimExtractor();

    private List<Claim> extract(SentenceFixture f) {
        return extractor.extract(f.build());
    }

    @Test
    void readsEightOutOfTenAsOneShareInsteadOfTwoNumbers() {
        List<Claim> claims = extract(SentenceFixture.of(
                "Today/NN ,/, eight/CD out/IN of/IN 10/CD South/NNP Africans/NNPS have/VBP electricity/NN ./.")
                .mention("DATE", "Today", "PRESENT_REF").mention("NUMBER", "eight", "8.0")
                .mention("NUMBER", "10", "10.0"));

        assertThat(claims).extracting(Claim::text).containsExactly("eight out of 10");
        assertThat(claims.get(0).kind()).isEqualTo(ClaimKind.PERCENT);
        assertThat(((Amount) claims.get(0).value()).number().intValue()).isEqualTo(80);
    }

    @Test
    void readsTwoInEveryFiveWithItsHedge() {
        List<Claim> claims = extract(SentenceFixture.of(
                "Obesity/NN affects/VBZ nearly/RB two/CD in/IN every/DT five/CD adults/NNS ./.")
                .mention("NUMBER", "two", "2.0").mention("NUMBER", "five", "5.0"));

        assertThat(claims).extracting(Claim::text).containsExactly("two in every five");
        assertThat(claims.get(0).qualifier()).isEqualTo(Qualifier.NEARLY);
    }

    @Test
    void readsAOneToManyRatioButNotATimeOfDay() {
        List<Claim> ratio = extract(SentenceFixture.of(
                "The/DT recommended/VBN ratio/NN is/VBZ 1:600/CD ./."));
        List<Claim> time = extract(SentenceFixture.of(
                "They/PRP met/VBD at/IN 11:00/CD ./.").mention("TIME", "11:00", "T11:00"));

        assertThat(ratio).extracting(Claim::text).containsExactly("1:600");
        assertThat(time).extracting(Claim::text).doesNotContain("11:00");
    }

    @Test
    void leavesAYearAfterInAlone() {
        List<Claim> claims = extract(SentenceFixture.of("Sales/NNS fell/VBD 2/CD in/IN 2019/CD ./.")
                .mention("NUMBER", "2", "2.0").mention("DATE", "2019", "2019"));

        assertThat(claims).extracting(Claim::text).contains("2019");
        assertThat(claims).extracting(Claim::kind).doesNotContain(ClaimKind.PERCENT);
    }
}
