package org.claimcheck.ingest;

import java.util.List;
import org.claimcheck.problem.Problem;

/** What reading one input gave: its articles (many for JSON lines) and problems (bad lines, bad encoding). */
public record ReadResult(List<Article> articles, List<Problem> problems) {

    public ReadResult {
        articles = List.copyOf(articles);
        problems = List.copyOf(problems);
    }
}
