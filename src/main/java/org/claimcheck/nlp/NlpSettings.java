package org.claimcheck.nlp;

import java.util.Properties;

/**
 * The CoreNLP configuration claimcheck runs with, chosen by measurement: fine-grained NER off and only the
 * 3- and 4-class CRF models (the 7-class model tags words like "almost" as DATE), one sentence per line.
 * {@link #id()} names the configuration so caches can tell annotations made with other settings apart.
 */
public record NlpSettings(String nerModels, boolean fineGrained) {

    public static final NlpSettings LEAN = new NlpSettings(
            "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
                    + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz",
            false);

    /** What a user would write first: all default models, fine-grained NER on. The benchmark baseline. */
    public static final NlpSettings DEFAULT = new NlpSettings("", true);

    public Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("ner.applyFineGrained", Boolean.toString(fineGrained));
        if (!nerModels.isEmpty()) {
            p.setProperty("ner.model", nerModels);
        }
        return p;
    }

    /** A stable identifier of everything that changes the annotations (CoreNLP version included). */
    public String id() {
        return "corenlp-4.5.10;" + new java.util.TreeMap<>(toProperties());
    }
}
