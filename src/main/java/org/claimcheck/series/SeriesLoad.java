package org.claimcheck.series;

import java.util.List;
import java.util.Objects;
import org.claimcheck.problem.Problem;

/**
 * The outcome of loading a series folder: the index and every problem found; the index is
 * {@link SeriesIndex#EMPTY} unless the folder is valid.
 *
 * @param fingerprint identifies the files read (paths and SHA-256 of the manifest, subjects and data files);
 *     empty when invalid
 */
public record SeriesLoad(SeriesIndex index, List<Problem> problems, String fingerprint) {

    public SeriesLoad {
        Objects.requireNonNull(index, "index");
        problems = List.copyOf(problems);
        Objects.requireNonNull(fingerprint, "fingerprint");
    }

    public boolean isValid() {
        return problems.stream().noneMatch(Problem::isError);
    }
}
