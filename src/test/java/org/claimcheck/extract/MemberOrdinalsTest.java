package org.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.claimcheck.value.Amount;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Units;
import org.junit.jupiter.api.Test;

/** An ordinal member on a date its sentence gives is a claim on the size of the membership that day. */
class MemberOrdinalsTest {

    private final ClaimExtractor extractor = new ClaimExtractor();

    private List<Claim> members(SentenceFixture f) {
        return extractor.extract(f.build()).stream().filter(MemberOrdinals::marks).toList();
    }

    @Test
    void readsTheNthMemberOfANamedBlocAsItsCountOnTheSentencesDate() {
        List<Claim> claims = members(SentenceFixture.of(
                "On/IN 6/CD January/NNP 2025/CD ,/, Indonesia/NNP joined/VBD BRICS/NNP ,/, becoming/VBG the/DT "
                        + "11th/JJ member/NN of/IN BRICS/NNP ./.")
                .mention("DATE", "6 January 2025", "2025-01-06"));

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("11th member");
            assertThat(c.value()).isEqualTo(new Amount(BigDecimal.valueOf(11), Units.count()));
            assertThat(c.subject()).isEqualTo("BRICS");
            assertThat(c.period()).isEqualTo(DateValue.day(2025, 1, 6));
            assertThat(c.resolution()).contains("6 January 2025");
        });
    }

    @Test
    void readsSpelledOrdinalsAndMemberStatesAndLeavesItsToTheSubjectNamedBefore() {
        List<Claim> claims = members(SentenceFixture.of(
                "In/IN July/NNP 2016/CD Afghanistan/NNP became/VBD its/PRP$ 164th/JJ member/NN state/NN ./.")
                .mention("DATE", "July 2016", "2016-07"));
        List<Claim> spelled = members(SentenceFixture.of(
                "In/IN 2023/CD Uzbekistan/NNP became/VBD the/DT bank/NN 's/POS seventh/JJ full/JJ member/NN ./.")
                .mention("DATE", "2023", "2023"));

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("164th member state");
            assertThat(c.subject()).isEqualTo("its");
        });
        assertThat(spelled).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("seventh full member");
            assertThat(c.value()).isEqualTo(new Amount(BigDecimal.valueOf(7), Units.count()));
        });
    }

    @Test
    void leavesAnOrdinalThatRanksADeedAlone() {
        assertThat(members(SentenceFixture.of(
                "In/IN 2005/CD Hungary/NNP became/VBD the/DT second/JJ member/NN to/TO ratify/VB the/DT treaty/NN ./.")
                .mention("DATE", "2005", "2005"))).isEmpty();
        assertThat(members(SentenceFixture.of(
                "In/IN 2005/CD Hungary/NNP was/VBD the/DT third/JJ member/NN state/NN that/WDT left/VBD ./.")
                .mention("DATE", "2005", "2005"))).isEmpty();
        assertThat(members(SentenceFixture.of(
                "In/IN 2001/CD China/NNP became/VBD the/DT 143rd/JJ member/NN to/TO join/VB ./.")
                .mention("DATE", "2001", "2001"))).hasSize(1);
    }

    @Test
    void leavesFirstMembersTwoNewcomersAndUndatedOrdinalsAlone() {
        assertThat(members(SentenceFixture.of(
                "In/IN 1995/CD Austria/NNP was/VBD the/DT first/JJ member/NN ./.")
                .mention("DATE", "1995", "1995"))).isEmpty();
        assertThat(members(SentenceFixture.of(
                "On/IN 26/CD February/NNP 2024/CD Comoros/NNP and/CC Timor-Leste/NNP became/VBD the/DT 165th/JJ "
                        + "and/CC 166th/JJ members/NNS ./.")
                .mention("DATE", "26 February 2024", "2024-02-26"))).isEmpty();
        assertThat(members(SentenceFixture.of(
                "Uzbekistan/NNP will/MD become/VB the/DT seventh/JJ member/NN ./."))).isEmpty();
    }
}
