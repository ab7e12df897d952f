package org.claimcheck.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.claimcheck.gate.FailOn;
import org.claimcheck.report.ReportFormat;

/** Reads format and fail-on names from the command line, saying what was expected. */
final class FormatNames {

    private FormatNames() {
    }

    static ReportFormat parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("md")) {
            n = "markdown";
        }
        for (ReportFormat f : ReportFormat.values()) {
            if (f.label().equals(n)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format \"" + name + "\": expected one of "
                + Arrays.stream(ReportFormat.values()).map(ReportFormat::label).collect(Collectors.joining(", ")));
    }

    static FailOn failOn(String name) {
        for (FailOn f : FailOn.values()) {
            if (f.toString().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown level \"" + name
                + "\": expected one of contradicted, possible-conflict, ambiguous, unverifiable, none");
    }
}
