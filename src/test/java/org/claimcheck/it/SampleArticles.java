package org.claimcheck.it;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.bench.CorpusGenerator;
import org.claimcheck.ingest.Article;
import org.claimcheck.ingest.Ingest;
import org.claimcheck.ingest.InputFile;
import org.claimcheck.ingest.InputSpec;

/** The articles the NLP proofs run on: the sample corpus, the evaluation articles and a generated corpus. */
public final class SampleArticles {

    private SampleArticles() {
    }

    /** Generates {@code generated} articles with {@code seed} into {@code dir} and reads them with the rest. */
    public static List<Article> read(Path dir, long seed, int generated) throws IOException {
        new CorpusGenerator(seed).generate(dir, generated);
        List<Article> articles = new ArrayList<>();
        for (String root : List.of("corpus", "eval/articles", dir.toString())) {
            for (InputFile input : Ingest.discover(InputSpec.of(root), () -> null).files()) {
                articles.addAll(Ingest.read(input, InputSpec.DEFAULT_MAX_BYTES).articles());
            }
        }
        return articles;
    }
}
