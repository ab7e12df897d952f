package org.claimcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CodeFingerprintTest {

    @Test
    void fingerprintsTheRunningCodeOncePerProcess() {
        String fingerprint = CodeFingerprint.get();
        assertThat(fingerprint).matches("[0-9a-f]{16}");
        assertThat(CodeFingerprint.get()).isSameAs(fingerprint);
    }
}
