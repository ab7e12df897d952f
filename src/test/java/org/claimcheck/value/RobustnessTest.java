package org.claimcheck.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RobustnessTest {

    @Property(tries = 3000)
    void failsOnlyWithAValueFormatExceptionPointingInsideTheText(@ForAll("valueLikeText") String text) {
        try {
            Value value = ValueGrammar.parse(text);
            assertThat(ValueGrammar.parse(value.canonical())).isEqualTo(value);
        } catch (ValueFormatException e) {
            assertThat(e.index()).isBetween(0, text.length());
            assertThat(e.getMessage()).contains("at character " + (e.index() + 1));
        }
    }

    @Property(tries = 3000)
    void readsSurfaceTextWithoutThrowing(@ForAll("valueLikeText") String text) {
        ValueGrammar.parseAmount(text).ifPresent(amount ->
                assertThat(ValueGrammar.parse(amount.canonical())).isEqualTo(amount));
    }

    @Property(tries = 3000)
    void readsCoreNlpStringsWithoutThrowing(@ForAll("valueLikeText") String text) {
        ValueGrammar.fromTimex(text).ifPresent(date -> assertThat(date.canonical()).isNotEmpty());
        for (String tag : new String[] {"MONEY", "PERCENT", "NUMBER", "DATE"}) {
            ValueGrammar.fromCoreNlp(text, tag).ifPresent(n -> assertThat(n.amount().unit()).isNotNull());
        }
    }

    @Test
    void aNumberWhoseExponentNoNumberCanHoldIsNoAmount() {
        String text = "1E2201912019";
        assertThat(ValueGrammar.parseAmount(text)).isEmpty();
        assertThat(ValueGrammar.fromCoreNlp(text, "NUMBER")).isEmpty();
        assertThatThrownBy(() -> ValueGrammar.parse(text)).isInstanceOf(ValueFormatException.class)
                .hasMessageContaining("at character 1");
    }

    @Provide
    Arbitrary<String> valueLikeText() {
        Arbitrary<String> pieces = Arbitraries.of("1", "2", "0", "9", "19", "2019", "12", "30", ".", ",", "-", "/",
                "\u2013", " ", "\u00a0", "$", "€", "£", "元", "%", "E", "X", "XX", "Q", "s", "th", "m", "bn", "km",
                "billion", "per cent", "July", "the", "summer", "of", "a", "hundred", "twenty-five", "US", "~", ">",
                "FY", "W", "T", "P3Y", "REF", "abc", "³", "'");
        return pieces.list().ofMaxSize(8).map(list -> String.join("", list));
    }
}
