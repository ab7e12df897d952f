package org.claimcheck.nlp;

import java.time.LocalDate;
import java.util.List;

/** A loaded CoreNLP pipeline: text in, claimcheck's sentence records out. Safe for concurrent use. */
interface NlpPipeline {

    List<Sentence> annotate(String text, LocalDate published, Counters counters);

    static NlpPipeline load(NlpSettings settings) {
        return settings.prefilter() ? FilteredPipeline.load(settings) : new FullPipeline(settings);
    }
}
