package org.claimcheck.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void foldsAWordFamilyIntoOneKey() {
        assertThat(Words.keys("Wind generated 10% of the power")).contains("electricity").doesNotContain("power");
        assertThat(Words.keys("capture fisheries")).containsExactly("capture", "fish");
    }

    @Test
    void readsAccountsForAsAVerbNotAsAnAccount() {
        assertThat(Words.keys("China accounts for 65% of the fund")).doesNotContain("account");
        assertThat(Words.keys("adults with an account at a bank")).contains("account");
    }
}
