package org.claimcheck.eval;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.claimcheck.extract.Claim;
import org.claimcheck.problem.Problem;
import org.claimcheck.verify.Finding;

/**
 * The listings of the text report, one entry per label or claim, each starting {@code path:line:col:} so an
 * editor can jump to it: misses (with the unlabelled claims on the same line, which often show why), wrong
 * values, wrong links, false positives and wrong verdicts, each with the checker's explanation.
 */
final class TextEvalDetails {

    private static final String INDENT = "    ";

    private TextEvalDetails() {
    }

    static void write(EvalReport report, Writer out) throws IOException {
        List<Assessment> misses = report.misses();
        out.write("Misses (" + misses.size() + "): labelled claims no extracted claim overlaps\n");
        for (Assessment a : misses) {
            LocatedLabel l = a.match().label();
            out.write(l.where() + ": " + expected(l.label()) + "\n");
            out.write(INDENT + "text: " + Printable.of(l.context()) + "\n");
            if (!l.inAnalysedText()) {
                out.write(INDENT + "not in the analysed text: ingest dropped it\n");
            }
            for (Spurious s : report.spurious()) {
                if (s.path().equals(l.path()) && s.finding().claim().position().line() == l.position().line()) {
                    out.write(INDENT + "unmatched on this line: " + claim(s.finding()) + "\n");
                }
            }
        }
        List<Assessment> values = report.wrongValues();
        out.write("\nWrong values (" + values.size() + "): matched claims with a wrong kind or value\n");
        for (Assessment a : values) {
            out.write(a.match().label().where() + ": " + expected(a.label()) + "\n");
            out.write(INDENT + "got " + claim(a.match().finding()) + "\n");
            out.write(INDENT + String.join("; ", a.differences()) + "\n");
        }
        List<Assessment> links = report.wrongLinks().stream().filter(Assessment::verdictCorrect).toList();
        out.write("\nWrong links with the expected verdict (" + links.size() + "; " + report.wrongLinks().size()
                + " wrong links in all, the others are listed under wrong verdicts)\n");
        for (Assessment a : links) {
            out.write(a.match().label().where() + ": " + expected(a.label()) + "\n");
            out.write(INDENT + "got " + claim(a.match().finding()) + "\n");
            out.write(INDENT + String.join("; ", a.differences()) + "\n");
        }
        out.write("\nFalse positives (" + report.spurious().size() + "): extracted claims that match a NOT_A_CLAIM "
                + "row or no row\n");
        for (Spurious s : report.spurious()) {
            out.write(s.where() + ": " + claim(s.finding()) + "\n");
            String also = s.matched() ? "" : " (another claim in the same phrase was matched to it)";
            out.write(INDENT + s.findNonClaim().map(n -> "labelled NOT_A_CLAIM" + also + (n.label().note().isBlank()
                    ? "" : ": " + Printable.of(n.label().note()))).orElse("no label") + "\n");
        }
        List<Assessment> verdicts = report.wrongVerdicts();
        out.write("\nWrong verdicts (" + verdicts.size() + "): matched claims judged otherwise than labelled\n");
        for (Assessment a : verdicts) {
            Finding f = a.match().finding();
            out.write(a.match().label().where() + ": " + expected(a.label()) + "\n");
            out.write(INDENT + "got " + f.verdict() + ": " + Printable.of(f.explanation()) + "\n");
            if (!a.differences().isEmpty()) {
                out.write(INDENT + "extraction: " + String.join("; ", a.differences()) + "\n");
            }
        }
        if (!report.problems().isEmpty()) {
            out.write("\nProblems of the run (" + report.problems().size() + ")\n");
            for (Problem p : report.problems()) {
                out.write(Printable.of(p.toString()) + "\n");
            }
        }
    }

    /** What the label says: kind, text, value, verdict, link, planted kind and note. */
    private static String expected(Label l) {
        StringBuilder sb = new StringBuilder();
        sb.append(l.kind()).append(" \u201c").append(Printable.of(l.claim())).append("\u201d expected ");
        if (l.isClaim()) {
            sb.append(l.valueText()).append(", ");
        }
        sb.append(l.expected());
        if (l.planted() != null) {
            sb.append(" (").append(l.planted()).append(")");
        }
        if (!l.link().isEmpty()) {
            sb.append(" [").append(l.link()).append("]");
        }
        if (!l.note().isBlank()) {
            sb.append(" \u2014 ").append(Printable.of(l.note()));
        }
        return sb.toString();
    }

    /** What the run said: kind, text, value, verdict and explanation. */
    private static String claim(Finding f) {
        Claim c = f.claim();
        return c.kind() + " \u201c" + Printable.of(c.text()) + "\u201d " + c.value().canonical() + ", " + f.verdict()
                + ": " + Printable.of(f.explanation());
    }
}
