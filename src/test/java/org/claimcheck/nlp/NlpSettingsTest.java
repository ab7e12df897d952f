package org.claimcheck.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NlpSettingsTest {

    @Test
    void namesThePrefilterVersionInTheIdSoCachesTellFilteredAnnotationsApart() {
        assertThat(NlpSettings.LEAN.id()).contains("prefilter=" + SentenceFilter.VERSION);
        assertThat(NlpSettings.LEAN.withoutPrefilter().id()).contains("prefilter=off");
        assertThat(NlpSettings.LEAN.id()).isNotEqualTo(NlpSettings.DEFAULT.id());
    }

    @Test
    void runsTheLeanConfigurationWithThePrefilterAndTheBaselineWithout() {
        assertThat(NlpSettings.LEAN.prefilter()).isTrue();
        assertThat(NlpSettings.DEFAULT.prefilter()).isFalse();
        assertThat(NlpSettings.LEAN.withoutPrefilter().toProperties()).isEqualTo(NlpSettings.LEAN.toProperties());
    }

    @Test
    void parsesDependenciesOnlyWhenAskedToSoTheBenchmarkCanMeasureWhatParsingCosts() {
        assertThat(NlpSettings.LEAN.dependencies()).isFalse();
        assertThat(NlpSettings.LEAN.toProperties().getProperty("annotators")).doesNotContain("depparse");
        NlpSettings parsed = NlpSettings.LEAN.withDependencies();
        assertThat(parsed.toProperties().getProperty("annotators")).endsWith(",depparse");
        assertThat(parsed.id()).isNotEqualTo(NlpSettings.LEAN.id());
        assertThat(parsed.withoutPrefilter().dependencies()).isTrue();
    }
}
