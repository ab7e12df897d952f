package org.claimcheck.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.claimcheck.result.RunResult;

/** Renders a run to a string in one format. */
final class Render {

    private Render() {
    }

    static String render(ReportFormat format, RunResult run) {
        StringWriter out = new StringWriter();
        try {
            Reports.write(run, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
