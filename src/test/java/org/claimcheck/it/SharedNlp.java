package org.claimcheck.it;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.claimcheck.nlp.CoreNlpAnnotator;
import org.claimcheck.nlp.NlpSettings;

/**
 * One CoreNLP annotator per configuration for every integration test in the JVM: the real models, each
 * configuration loaded once, however many test classes ask for it.
 */
public final class SharedNlp {

    private static final Map<NlpSettings, CoreNlpAnnotator> ANNOTATORS = new ConcurrentHashMap<>();

    private SharedNlp() {
    }

    /** The lean pipeline the command line runs. */
    public static CoreNlpAnnotator annotator() {
        return annotator(NlpSettings.LEAN);
    }

    /** The pipeline for {@code settings}, built on first use. */
    public static CoreNlpAnnotator annotator(NlpSettings settings) {
        return ANNOTATORS.computeIfAbsent(settings, CoreNlpAnnotator::new);
    }
}
