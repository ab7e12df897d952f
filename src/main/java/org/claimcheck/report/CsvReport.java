package org.claimcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.claimcheck.extract.Claim;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.RunResult;
import org.claimcheck.verify.Evidence;
import org.claimcheck.verify.Finding;

/**
 * One row per claim ({@code claims.csv}, RFC 4180 quoting, {@code \n} line ends) for spreadsheets. Every cell
 * that a spreadsheet could read as a formula (starting with {@code = + - @}, tab or carriage return) is
 * prefixed with an apostrophe.
 */
public final class CsvReport implements ReportRenderer {

    static final List<String> HEADER = List.of("path", "line", "column", "verdict", "kind", "claim", "value",
            "qualifier", "record", "subject", "predicate", "period", "resolution", "linked_subject",
            "linked_attribute", "link", "reference_value", "reference_period", "reference_source",
            "reference_vintage", "reference_location", "explanation", "sentence", "fingerprint");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator('\n').build();

    @Override
    public void write(RunResult result, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(HEADER);
        for (ArticleResult article : result.articles()) {
            for (Finding finding : article.findings()) {
                printer.printRecord(row(article, finding).stream().map(CsvReport::neutralise).toList());
            }
        }
        printer.flush();
    }

    private static List<String> row(ArticleResult article, Finding f) {
        Claim c = f.claim();
        List<String> row = new ArrayList<>(HEADER.size());
        row.add(article.path());
        row.add(Integer.toString(c.position().line()));
        row.add(Integer.toString(c.position().column()));
        row.add(f.verdict().label());
        row.add(c.kind().name());
        row.add(c.text());
        row.add(c.value().canonical());
        row.add(c.qualifier().name());
        row.add(Boolean.toString(c.record()));
        row.add(c.subject());
        row.add(c.predicate());
        row.add(c.findPeriod().map(p -> p.canonical()).orElse(null));
        row.add(c.resolution());
        row.add(Linking.findSubject(f).orElse(null));
        row.add(Linking.findAttribute(f).orElse(null));
        row.add(f.link().strength().label());
        row.add(joined(f, Evidence::value));
        row.add(joined(f, Evidence::period));
        row.add(joined(f, Evidence::source));
        row.add(joined(f, Evidence::vintage));
        row.add(joined(f, e -> e.table() + ":" + e.line()));
        row.add(f.explanation());
        row.add(c.sentence());
        row.add(c.fingerprint());
        return row;
    }

    /** Several pieces of evidence share one cell, separated by " | ", in evidence order. */
    private static String joined(Finding f, Function<Evidence, String> field) {
        if (f.evidence().stream().map(field).allMatch(Objects::isNull)) {
            return null;
        }
        return f.evidence().stream().map(field).map(v -> Objects.requireNonNullElse(v, ""))
                .collect(Collectors.joining(" | "));
    }

    /** Spreadsheets execute cells starting with these as formulas; an apostrophe makes them plain text. */
    static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula ? "'" + cell : cell;
    }
}
