package org.claimcheck.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.problem.Problem;

/**
 * The outcome of evaluating one run against the labels: an assessment per label and every spurious claim,
 * sorted by file and position, and the figures derived from them. Deterministic: the same run and labels
 * always give the same report.
 *
 * @param extractedByKind every claim the run extracted from the set's articles, counted by kind
 * @param problems problems of the run (articles that could not be analysed)
 */
public record EvalReport(String name, String toolVersion, int articles, List<Assessment> assessments,
        List<Spurious> spurious, Map<ClaimKind, Integer> extractedByKind, List<Problem> problems) {

    /** The scope of the figures over every kind. */
    public static final String OVERALL = "overall";

    public EvalReport {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(toolVersion, "toolVersion");
        assessments = List.copyOf(assessments);
        spurious = List.copyOf(spurious);
        extractedByKind = Map.copyOf(extractedByKind);
        problems = List.copyOf(problems);
    }

    /** The tallies by scope: {@value #OVERALL} first, then each claim kind in declaration order. */
    public Map<String, Tally> tallies() {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        tallies.put(OVERALL, Tally.EMPTY);
        for (ClaimKind kind : ClaimKind.values()) {
            tallies.put(kind.name(), Tally.EMPTY);
        }
        for (Assessment a : assessments) {
            if (a.label().isClaim()) {
                tallies.computeIfPresent(OVERALL, (scope, t) -> t.with(a));
                tallies.computeIfPresent(a.label().kind().name(), (scope, t) -> t.with(a));
            }
        }
        extractedByKind.forEach((kind, n) -> {
            tallies.computeIfPresent(OVERALL, (scope, t) -> t.withExtracted(n));
            tallies.computeIfPresent(kind.name(), (scope, t) -> t.withExtracted(n));
        });
        return tallies;
    }

    public Tally overall() {
        return tallies().get(OVERALL);
    }

    /** Planted errors found over planted, for each planted kind in the documented order. */
    public Map<String, Ratio> plantedByKind() {
        Map<String, Ratio> byKind = new LinkedHashMap<>();
        for (String kind : LabelRow.PLANTED) {
            List<Assessment> planted = assessments.stream().filter(a -> kind.equals(a.label().planted())).toList();
            if (!planted.isEmpty()) {
                byKind.put(kind, new Ratio((int) planted.stream().filter(Assessment::plantedFound).count(),
                        planted.size()));
            }
        }
        return byKind;
    }

    public ConfusionMatrix confusion() {
        return new ConfusionMatrix(assessments, spurious);
    }

    /** Labelled claims no claim was extracted for. */
    public List<Assessment> misses() {
        return assessments.stream().filter(a -> a.label().isClaim() && !a.extracted()).toList();
    }

    /** Labelled claims extracted with a wrong kind or value. */
    public List<Assessment> wrongValues() {
        return assessments.stream().filter(a -> a.label().isClaim() && a.extracted() && !a.valueCorrect()).toList();
    }

    /** Labelled claims extracted with the right kind and value but not linked as the label says. */
    public List<Assessment> wrongLinks() {
        return assessments.stream().filter(a -> a.label().isClaim() && a.extracted() && a.valueCorrect()
                && !a.linked()).toList();
    }

    /** Labelled claims extracted with a verdict other than the expected one. */
    public List<Assessment> wrongVerdicts() {
        return assessments.stream().filter(a -> a.label().isClaim() && a.extracted() && !a.verdictCorrect())
                .toList();
    }
}
