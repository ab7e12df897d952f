package org.claimcheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8Test {

    @Test
    void decodesUtf8AndDropsALeadingByteOrderMark() {
        StrictUtf8.Decoded decoded = StrictUtf8.decode("\uFEFFRussia–China trade".getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.ok()).isTrue();
        assertThat(decoded.text()).isEqualTo("Russia–China trade");
    }

    @Test
    void saysWhereTheFirstBadByteStandsInsteadOfReplacingIt() {
        byte[] bytes = {'a', 'b', '\n', 'c', (byte) 0xFF, 'd'};

        StrictUtf8.Decoded decoded = StrictUtf8.decode(bytes);

        assertThat(decoded.ok()).isFalse();
        assertThat(decoded.text()).isNull();
        assertThat(decoded.badOffset()).isEqualTo(4);
        assertThat(decoded.badLength()).isEqualTo(1);
        assertThat(decoded.badPosition()).isEqualTo(new Position(2, 2));
    }
}
