package org.claimcheck.report;

import java.io.IOException;
import java.io.Writer;
import org.claimcheck.result.RunResult;

/** Renders a whole run in one format; the same run always gives the same characters. */
public interface ReportRenderer {

    /** Writes the report to {@code out} and leaves it open: the caller owns the writer. */
    void write(RunResult result, Writer out) throws IOException;
}
