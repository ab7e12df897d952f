package org.claimcheck.it;

import org.claimcheck.nlp.CoreNlpAnnotator;
import org.claimcheck.nlp.NlpSettings;

/** One CoreNLP annotator for every integration test in the JVM: the real models, loaded once. */
public final class SharedNlp {

    private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator(NlpSettings.LEAN);

    private SharedNlp() {
    }

    public static CoreNlpAnnotator annotator() {
        return ANNOTATOR;
    }
}
