package org.claimcheck.eval;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The evaluation for a developer to read: the figures by claim kind, planted errors by kind, the confusion
 * matrix, then every miss, wrong extraction, false positive and wrong verdict with its place, text, what was
 * expected, what came out and the checker's explanation ({@link TextEvalDetails}).
 */
public final class TextEvalReport {

    private static final int LABEL_WIDTH = 24;
    private static final int COLUMN_WIDTH = 16;

    private TextEvalReport() {
    }

    public static void write(EvalReport report, Writer out) throws IOException {
        Tally overall = report.overall();
        long nonClaims = report.assessments().stream().filter(a -> !a.label().isClaim()).count();
        out.write("Evaluation of " + report.name() + " (claimcheck " + report.toolVersion() + "): "
                + count(report.articles(), "article") + ", " + count(overall.labelled(), "labelled claim") + " and "
                + count((int) nonClaims, "non-claim") + "; " + count(overall.extracted(), "claim") + " extracted\n\n");
        figures(report.tallies(), out);
        planted(report.plantedByKind(), out);
        confusion(report.confusion(), out);
        TextEvalDetails.write(report, out);
    }

    private static void figures(Map<String, Tally> tallies, Writer out) throws IOException {
        StringBuilder head = new StringBuilder(pad("figure", LABEL_WIDTH));
        tallies.keySet().forEach(scope -> head.append(pad(scope, COLUMN_WIDTH)));
        out.write(head.toString().stripTrailing() + "\n");
        row(out, "labelled claims", tallies, t -> Integer.toString(t.labelled()));
        row(out, "extracted claims", tallies, t -> Integer.toString(t.extracted()));
        for (Figure figure : Figure.values()) {
            row(out, figure.label(), tallies, t -> cell(figure.of(t)));
        }
        out.write("\nEach figure is a value and its numerator/denominator (\u2014 where there is nothing to count):\n");
        for (Figure figure : Figure.values()) {
            out.write("  " + pad(figure.label(), 24) + figure.description() + "\n");
        }
        out.write("\n");
    }

    private static void planted(Map<String, Ratio> byKind, Writer out) throws IOException {
        out.write("Planted errors found, by kind\n");
        for (Map.Entry<String, Ratio> e : byKind.entrySet()) {
            out.write("  " + pad(e.getKey(), 18) + cell(e.getValue()) + "\n");
        }
        out.write("\n");
    }

    private static void confusion(ConfusionMatrix matrix, Writer out) throws IOException {
        List<String> columns = ConfusionMatrix.columns();
        StringBuilder head = new StringBuilder(pad("expected \\ actual", 20));
        columns.forEach(c -> head.append(right(name(c), 15)));
        out.write("Confusion matrix (rows: label; columns: verdict of the matched claim)\n");
        out.write(head.append(right("total", 8)) + "\n");
        for (String row : ConfusionMatrix.rows()) {
            StringBuilder line = new StringBuilder(pad(name(row), 20));
            columns.forEach(c -> line.append(right(Integer.toString(matrix.count(row, c)), 15)));
            out.write(line.append(right(Integer.toString(matrix.rowTotal(row)), 8)) + "\n");
        }
        out.write("\n");
    }

    private interface Cell {
        String of(Tally tally);
    }

    private static void row(Writer out, String label, Map<String, Tally> tallies, Cell cell) throws IOException {
        StringBuilder line = new StringBuilder(pad(label, LABEL_WIDTH));
        tallies.values().forEach(t -> line.append(pad(cell.of(t), COLUMN_WIDTH)));
        out.write(line.toString().stripTrailing() + "\n");
    }

    private static String cell(Ratio r) {
        String value = r.value().isPresent() ? String.format(Locale.ROOT, "%.3f", r.value().getAsDouble()) : "\u2014";
        return value + " " + r.numerator() + "/" + r.denominator();
    }

    /** Row and column names as a reader would say them ("not extracted", "unmatched"). */
    static String name(String key) {
        return switch (key) {
            case ConfusionMatrix.NOT_EXTRACTED -> "not extracted";
            case ConfusionMatrix.UNLABELLED -> "unmatched";
            default -> key;
        };
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
    }

    private static String right(String s, int width) {
        return s.length() >= width ? " " + s : " ".repeat(width - s.length()) + s;
    }
}
