package org.claimcheck.ingest;

import java.util.List;
import org.claimcheck.problem.Problem;

/** The inputs a spec names, sorted by path, and problems with paths that could not be used. */
public record Discovery(List<InputFile> files, List<Problem> problems) {

    public Discovery {
        files = List.copyOf(files);
        problems = List.copyOf(problems);
    }
}
