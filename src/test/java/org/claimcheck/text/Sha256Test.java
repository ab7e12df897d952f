package org.claimcheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Sha256Test {

    @Test
    void matchesTheStandardTestVector() {
        // FIPS 180-2, appendix B.1: the digest of "abc".
        assertThat(Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void digestsTextAsUtf8AndInPartsAsAWhole() {
        var parts = Sha256.newDigest();
        parts.update("Moscow–".getBytes(StandardCharsets.UTF_8));
        parts.update("Beijing".getBytes(StandardCharsets.UTF_8));
        assertThat(parts.digest()).isEqualTo(Sha256.of("Moscow–Beijing"));
    }
}
