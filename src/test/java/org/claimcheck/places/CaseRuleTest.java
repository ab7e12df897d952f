package org.claimcheck.places;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseRuleTest {

    @Test
    void abbreviationsMatchOnlyAsWritten() {
        assertThat(CaseRule.matchesAt("US", "the US economy", 4)).isTrue();
        assertThat(CaseRule.matchesAt("US", "tell us", 5)).isFalse();
        assertThat(CaseRule.matchesAt("US", "Us", 0)).isFalse();
        assertThat(CaseRule.matchesAt("G7", "g7", 0)).isFalse();
        assertThat(CaseRule.isAbbreviation("U.S.")).isTrue();
        assertThat(CaseRule.isAbbreviation("G7")).isTrue();
        assertThat(CaseRule.isAbbreviation("Kenya")).isFalse();
    }

    @Test
    void capitalisedWordsMustKeepTheirCapital() {
        assertThat(CaseRule.matchesAt("Turkey", "turkey", 0)).isFalse();
        assertThat(CaseRule.matchesAt("Turkey", "TURKEY", 0)).isTrue();
        assertThat(CaseRule.matchesAt("Guinea-Bissau", "Guinea-bissau", 0)).isFalse();
        assertThat(CaseRule.matchesAt("Bosnia and Herzegovina", "Bosnia and Herzegovina", 0)).isTrue();
    }

    @Test
    void lowercaseWordsMustStayLowercaseExceptAtTheStart() {
        assertThat(CaseRule.matchesAt("the world", "The world", 0)).isTrue();
        assertThat(CaseRule.matchesAt("the world", "the World Bank", 0)).isFalse();
        assertThat(CaseRule.matchesAt("euro area", "Euro area", 0)).isTrue();
    }

    @Test
    void straightAndCurlyApostrophesAreTheSame() {
        assertThat(CaseRule.matchesAt("Côte d'Ivoire", "Côte d’Ivoire", 0)).isTrue();
    }

    @Test
    void aFormLongerThanTheRestOfTheTextDoesNotMatch() {
        assertThat(CaseRule.matchesAt("South Africa", "South Af", 0)).isFalse();
    }
}
