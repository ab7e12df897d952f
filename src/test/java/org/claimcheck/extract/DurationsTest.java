package org.claimcheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.claimcheck.value.Amount;
import org.junit.jupiter.api.Test;

/** A term or a rhythm is a claim; an elapsed stretch of time is not. */
class DurationsTest {

    private final ClaimExtractor extractor = new ClaimExtractor();

    private List<Claim> extract(SentenceFixture f) {
        return extractor.extract(f.build());
    }

    @Test
    void readsAHyphenatedTermBeforeItsNounAsYears() {
        List<Claim> claims = extract(SentenceFixture.of("Gazprom/NNP signed/VBD a/DT 30-year/JJ supply/NN contract/NN ./.")
                .mention("DURATION", "30-year", "P30Y"));

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ClaimKind.QUANTITY);
            assertThat(c.text()).isEqualTo("30-year");
            assertThat(c.value().canonical()).isEqualTo("30 yr");
            assertThat(((Amount) c.value()).unit().dimension()).isEqualTo("time");
        });
    }

    @Test
    void readsATermIntroducedByForWithoutTheWordsBeforeTheCount() {
        List<Claim> claims = extract(SentenceFixture.of(
                "The/DT treaty/NN would/MD be/VB extended/VBN for/IN another/DT five/CD years/NNS ./.")
                .mention("DURATION", "another five years", "P5Y"));

        assertThat(claims).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("five years");
            assertThat(c.value().canonical()).isEqualTo("5 yr");
        });
    }

    @Test
    void readsTheTermOfAnAgreementAndARhythm() {
        assertThat(extract(SentenceFixture.of("It/PRP was/VBD written/VBN for/IN an/DT initial/JJ term/NN of/IN 20/CD years/NNS ./.")
                .mention("DURATION", "20 years", "P20Y"))).extracting(Claim::text).containsExactly("20 years");
        assertThat(extract(SentenceFixture.of("Each/DT region/NN hosts/VBZ a/DT drill/NN every/DT four/CD years/NNS ./.")
                .mention("SET", "every four years", "P4Y"))).extracting(Claim::text).containsExactly("four years");
    }

    @Test
    void leavesAnElapsedStretchOfTimeAlone() {
        assertThat(extract(SentenceFixture.of(
                "It/PRP was/VBD the/DT first/JJ loss/NN in/IN more/JJR than/IN two/CD decades/NNS ./.")
                .mention("DURATION", "more than two decades", "P20Y"))).isEmpty();
        assertThat(extract(SentenceFixture.of(
                "Trade/NN slowed/VBD after/IN two/CD years/NNS of/IN rapid/JJ expansion/NN ./.")
                .mention("DURATION", "two years", "P2Y"))).isEmpty();
        assertThat(extract(SentenceFixture.of("Talks/NNS dragged/VBD on/RP for/IN two/CD decades/NNS ./.")
                .mention("DURATION", "two decades", "P20Y"))).isEmpty();
    }
}
