package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.claimcheck.result.RunResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every report is written while the renderer goes through the run, one article or claim at a time, so that the
 * memory a report needs does not grow with the corpus: neither a whole report (or a JSON tree of it) nor the
 * articles already written are held while writing.
 */
class IncrementalOutputTest {

    private static final RunResult RUN = LargeCorpus.of(300, 17);

    /**
     * Measured by what the renderer allocates between two writes: building the report first shows as one stretch
     * holding most of the rendering's allocation. Markdown is left out: its summary lists at most 50 claims
     * whatever the size of the run.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = ReportFormat.class, mode = EnumSource.Mode.EXCLUDE, names = "MARKDOWN")
    void writesTheReportAsItGoesThroughTheRun(ReportFormat format) throws IOException {
        AllocationBetweenWrites.assumeMeasurable();
        // A first rendering loads the classes and fills the caches, which would count as allocation otherwise.
        Reports.write(RUN, format, new AllocationBetweenWrites());
        AllocationBetweenWrites out = new AllocationBetweenWrites();
        Reports.write(RUN, format, out);
        String figures = String.format("%s: %,d characters; %,d bytes allocated, at most %,d between two writes",
                format, out.characters(), out.total(), out.largestStretch());
        // A renderer writing as it goes stays below a tenth here; one building the report first, well over half.
        assertThat(out.largestStretch()).as(figures).isLessThan(out.total() / 4);
    }

    /** A large run reads its articles back from disk one at a time; holding them would bring the run back. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(ReportFormat.class)
    void holdsNoArticleItHasAlreadyWritten(ReportFormat format) throws IOException {
        ReadBackArticles.assumeCollectable();
        ReadBackArticles articles = new ReadBackArticles(RUN.articles());
        RunResult run = new RunResult(RUN.toolVersion(), articles, List.of());
        long length = Render.render(format, run).length();
        HeldArticlesProbe out = new HeldArticlesProbe(articles, Math.max(1, length / 10));
        Reports.write(run, format, out);
        assertThat(out.checks()).as("checks in the middle of the report").isGreaterThanOrEqualTo(9);
        // The article being written, and at most one more left in a local variable.
        assertThat(out.mostHeld()).as("articles held in the middle of the report").isLessThanOrEqualTo(2);
    }
}
