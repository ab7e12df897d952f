package org.claimcheck.nlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * CoreNLP exactly as configured, every annotator on every sentence: the reference the prefilter is proved
 * against, and the naive baseline of the benchmark.
 */
final class FullPipeline implements NlpPipeline {

    private final StanfordCoreNLP pipeline;

    FullPipeline(NlpSettings settings) {
        pipeline = new StanfordCoreNLP(settings.toProperties());
    }

    @Override
    public List<Sentence> annotate(String text, LocalDate published, Counters counters) {
        Annotation doc = Documents.create(text, published);
        pipeline.annotate(doc);
        List<Sentence> out = new ArrayList<>();
        for (CoreMap s : Documents.sentences(doc)) {
            out.add(Documents.tagged(text, out.size(), s));
            counters.sentence(Documents.tokenCount(s), true);
        }
        counters.nameTagged(out.size());
        return out;
    }
}
