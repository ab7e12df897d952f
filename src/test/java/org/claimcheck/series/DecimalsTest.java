package org.claimcheck.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimalsTest {

    @Test
    void readsWhatDoubleParseDoubleReadsForTheFormsDataFilesUse() {
        for (String text : new String[] {"0", "100.0", "92.1548", "-3", "+2.5", "1.2e-05", "3.5E7", ".5", "7.",
                "22728989000.0", "0.000123456789012345", "12345678901234567890", "1e22", "1e23", "4.9e-324"}) {
            assertThat(Decimals.parse(text, 0, text.length())).as(text).isEqualTo(Double.parseDouble(text));
        }
    }

    @Test
    void agreesWithDoubleParseDoubleOnRandomDecimals() {
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            double value = random.nextDouble() * Math.pow(10, random.nextInt(24) - 8);
            String text = random.nextBoolean() ? Double.toString(value)
                    : String.format(java.util.Locale.ROOT, "%." + random.nextInt(8) + "f", value);
            assertThat(Decimals.parse(text, 0, text.length())).as(text).isEqualTo(Double.parseDouble(text));
        }
    }

    @Test
    void refusesWhatIsNotAPlainDecimal() {
        for (String text : new String[] {"", "-", ".", "e5", "1e", "1.2.3", "NaN", "Infinity", "0x10", "1d", "12,5",
                "1 000", "1e999"}) {
            assertThat(Decimals.parse(text, 0, text.length())).as(text).isNaN();
        }
    }

    @Test
    void readsOnlyTheRangeAskedFor() {
        assertThat(Decimals.parse("x,12.5,y", 2, 6)).isEqualTo(12.5);
    }
}
