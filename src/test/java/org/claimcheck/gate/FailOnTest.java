package org.claimcheck.gate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.ingest.ArticleMeta;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.ArticleStatus;
import org.claimcheck.result.RunResult;
import org.claimcheck.text.Position;
import org.claimcheck.text.Span;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Qualifier;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.LinkBasis;
import org.claimcheck.verify.LinkStrength;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

/** Which verdicts each --fail-on level fails, and how a possible conflict fares at the gate. */
class FailOnTest {

    /** One article with one claim of every verdict, in {@link Verdict} order. */
    private static final RunResult EVERY_VERDICT = everyVerdict();

    @Test
    void theDefaultLevelLetsAPossibleConflictPassButFailsAContradiction() {
        List<Verdict> failed = verdicts(new Gate(FailOn.CONTRADICTED, Baseline.EMPTY).failures(EVERY_VERDICT));

        assertThat(failed).containsExactly(Verdict.CONTRADICTED);
    }

    @Test
    void possibleConflictLevelFailsPossibleConflictsAndContradictions() {
        List<Verdict> failed = verdicts(new Gate(FailOn.POSSIBLE_CONFLICT, Baseline.EMPTY).failures(EVERY_VERDICT));

        assertThat(failed).containsExactly(Verdict.CONTRADICTED, Verdict.POSSIBLE_CONFLICT);
    }

    @Test
    void eachLevelFailsWhatTheLevelsBeforeItFailAndOneVerdictMore() {
        assertThat(failing(FailOn.NONE)).isEmpty();
        assertThat(failing(FailOn.CONTRADICTED)).containsExactly(Verdict.CONTRADICTED);
        assertThat(failing(FailOn.POSSIBLE_CONFLICT)).containsExactly(Verdict.CONTRADICTED, Verdict.POSSIBLE_CONFLICT);
        assertThat(failing(FailOn.AMBIGUOUS))
                .containsExactly(Verdict.CONTRADICTED, Verdict.POSSIBLE_CONFLICT, Verdict.AMBIGUOUS);
        assertThat(failing(FailOn.UNVERIFIABLE)).containsExactly(Verdict.CONTRADICTED, Verdict.POSSIBLE_CONFLICT,
                Verdict.UNVERIFIABLE, Verdict.AMBIGUOUS);
        assertThat(Arrays.stream(FailOn.values()).anyMatch(level -> level.fails(Verdict.SUPPORTED))).isFalse();
    }

    @Test
    void levelsAreNamedAsOnTheCommandLine() {
        assertThat(Arrays.stream(FailOn.values()).map(FailOn::toString))
                .containsExactly("none", "contradicted", "possible-conflict", "ambiguous", "unverifiable");
    }

    @Test
    void aBaselineAcceptsAReviewedPossibleConflict() {
        Baseline reviewed = Baseline.of(EVERY_VERDICT, FailOn.POSSIBLE_CONFLICT);
        Gate gate = new Gate(FailOn.POSSIBLE_CONFLICT, reviewed);

        assertThat(reviewed.size()).isEqualTo(2);
        assertThat(gate.failures(EVERY_VERDICT)).isEmpty();
        assertThat(verdicts(gate.accepted(EVERY_VERDICT)))
                .containsExactly(Verdict.CONTRADICTED, Verdict.POSSIBLE_CONFLICT);
    }

    private static List<Verdict> failing(FailOn level) {
        return Arrays.stream(Verdict.values()).filter(level::fails).toList();
    }

    private static List<Verdict> verdicts(List<Finding> findings) {
        return findings.stream().map(Finding::verdict).toList();
    }

    private static RunResult everyVerdict() {
        StringBuilder text = new StringBuilder();
        List<Finding> findings = new ArrayList<>();
        for (Verdict verdict : Verdict.values()) {
            int line = findings.size() + 1;
            String sentence = "It happened in " + (2000 + line) + ".";
            int start = text.length();
            text.append(sentence).append('\n');
            Span sentenceSpan = new Span(start, start + sentence.length());
            Span span = new Span(start + 15, start + 19);
            Claim claim = new Claim("a", ClaimKind.DATE, sentence.substring(15, 19), span, new Position(line, 16),
                    findings.size(), sentenceSpan, sentence, DateValue.year(2000 + line), Qualifier.EXACT, false,
                    "It", "happened", null, null, "a-" + line);
            LinkBasis link = verdict == Verdict.POSSIBLE_CONFLICT
                    ? new LinkBasis(LinkStrength.PRECEDING_TEXT, "\"It\" refers back to the previous sentence")
                    : new LinkBasis(LinkStrength.ARGUMENT, "\"happened\" governs the value");
            Reason reason = switch (verdict) {
                case SUPPORTED -> Reason.VALUE_AGREES;
                case CONTRADICTED, POSSIBLE_CONFLICT -> Reason.WRONG_YEAR;
                case UNVERIFIABLE -> Reason.NO_FACT_FOR_PERIOD;
                case AMBIGUOUS -> Reason.SOURCES_DISAGREE;
            };
            findings.add(new Finding(claim, verdict, reason, List.of(), verdict.meaning(), link));
        }
        ArticleResult article = new ArticleResult("a", "articles/a.md", ArticleMeta.NONE, ArticleStatus.CHECKED,
                text.toString(), findings, List.of());
        return new RunResult("0.1.0", List.of(article), List.of());
    }
}
