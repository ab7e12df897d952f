package org.claimcheck.eval;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.claimcheck.verify.Finding;

/**
 * The figures of a verdict-labelled evaluation: accuracy and macro-F1 over the four labels, the share of claims
 * decided (supported or refuted), the precision of each decided verdict, and every wrong decision with the
 * explanations it rests on.
 */
public final class ClaimVerdictReport {

    /** One claim: its label, the verdict claimcheck reached, and the findings on its parts. */
    public record Outcome(LabelledClaim claim, VerdictLabel predicted, List<Finding> findings) {

        public Outcome {
            Objects.requireNonNull(claim, "claim");
            Objects.requireNonNull(predicted, "predicted");
            findings = List.copyOf(findings);
        }

        public boolean correct() {
            return predicted == claim.verdict();
        }
    }

    private final List<Outcome> outcomes;

    ClaimVerdictReport(List<Outcome> outcomes) {
        this.outcomes = List.copyOf(outcomes);
    }

    public List<Outcome> outcomes() {
        return outcomes;
    }

    public double accuracy() {
        return outcomes.isEmpty() ? 0 : (double) outcomes.stream().filter(Outcome::correct).count() / outcomes.size();
    }

    /** The mean over the four labels of F1 (0 for a label neither predicted nor labelled correctly). */
    public double macroF1() {
        double sum = 0;
        for (VerdictLabel label : VerdictLabel.values()) {
            long tp = outcomes.stream().filter(o -> o.correct() && o.predicted() == label).count();
            long predicted = outcomes.stream().filter(o -> o.predicted() == label).count();
            long actual = outcomes.stream().filter(o -> o.claim().verdict() == label).count();
            double p = predicted == 0 ? 0 : (double) tp / predicted;
            double r = actual == 0 ? 0 : (double) tp / actual;
            sum += p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
        return sum / VerdictLabel.values().length;
    }

    public double decidedShare() {
        return outcomes.isEmpty() ? 0 : (double) decided().size() / outcomes.size();
    }

    /** Of the claims given {@code verdict}, the share labelled so; NaN when none was given it. */
    public double precision(VerdictLabel verdict) {
        List<Outcome> given = outcomes.stream().filter(o -> o.predicted() == verdict).toList();
        return given.isEmpty() ? Double.NaN : (double) given.stream().filter(Outcome::correct).count() / given.size();
    }

    public long given(VerdictLabel verdict) {
        return outcomes.stream().filter(o -> o.predicted() == verdict).count();
    }

    public List<Outcome> wrongDecisions() {
        return decided().stream().filter(o -> !o.correct()).toList();
    }

    private List<Outcome> decided() {
        return outcomes.stream().filter(o -> o.predicted().decided()).toList();
    }

    /** The figures the ratchet records, by key. */
    public Map<String, Double> figures() {
        Map<String, Double> f = new LinkedHashMap<>();
        f.put("accuracy", accuracy());
        f.put("macroF1", macroF1());
        f.put("decided", decidedShare());
        f.put("supportedPrecision", precision(VerdictLabel.SUPPORTED));
        f.put("refutedPrecision", precision(VerdictLabel.REFUTED));
        return f;
    }

    /** A plain-text report: the figures, the confusion of labels, then every wrong decision. */
    public void write(Writer w) throws IOException {
        w.write(String.format(Locale.ROOT, "%d claims: accuracy %.3f, macro-F1 %.3f, decided %.3f (%d)%n",
                outcomes.size(), accuracy(), macroF1(), decidedShare(), decided().size()));
        for (VerdictLabel v : List.of(VerdictLabel.SUPPORTED, VerdictLabel.REFUTED)) {
            w.write(String.format(Locale.ROOT, "precision of %s: %s (%d given)%n", v.label(),
                    Double.isNaN(precision(v)) ? "-" : String.format(Locale.ROOT, "%.3f", precision(v)), given(v)));
        }
        w.write(String.format("labelled %s; given %s%n", ClaimVerdicts.count(outcomes, false),
                ClaimVerdicts.count(outcomes, true)));
        List<Outcome> wrong = wrongDecisions();
        w.write(String.format("%nwrong decisions (%d):%n", wrong.size()));
        for (Outcome o : wrong) {
            w.write(String.format("%s: labelled %s, given %s: %s%n", o.claim().origin(), o.claim().verdict().label(),
                    o.predicted().label(), o.claim().text()));
            for (Finding f : o.findings()) {
                if (f.verdict().name().equals("SUPPORTED") || f.verdict().name().equals("CONTRADICTED")) {
                    w.write("    " + f.claim().text() + ": " + f.verdict().name().toLowerCase(Locale.ROOT) + ": "
                            + f.explanation() + System.lineSeparator());
                }
            }
        }
    }
}
