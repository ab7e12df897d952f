package org.claimcheck.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.claimcheck.ingest.Discovery;
import org.claimcheck.ingest.InputSpec;
import org.claimcheck.reference.ReferenceIndex;
import org.claimcheck.run.ClaimJudge;
import org.claimcheck.verify.Verifier;

/**
 * A valid evaluation set, ready to run: its reference tables, its articles as ingested (and the discovery
 * the pipeline reads them through), and every label found in its article.
 *
 * @param name the folder as the user named it ("eval")
 */
public record EvalSet(String name, ReferenceIndex index, InputSpec inputs, Discovery discovery,
        List<EvalArticle> articles, List<LocatedLabel> labels) {

    public EvalSet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(discovery, "discovery");
        articles = List.copyOf(articles);
        labels = List.copyOf(labels);
    }

    /** What judges the claims of a run over this set: the ordinary verifier on the set's own tables. */
    public ClaimJudge judge() {
        return new Verifier(index)::verify;
    }

    public Optional<EvalArticle> findArticle(String articleId) {
        return articles.stream().filter(a -> a.article().id().equals(articleId)).findFirst();
    }
}
