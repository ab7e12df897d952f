package org.claimcheck.nlp;

import java.util.Properties;
import java.util.TreeMap;

/**
 * The CoreNLP configuration claimcheck runs with, chosen by measurement: fine-grained NER off and only the
 * 3- and 4-class CRF models (the 7-class model tags words like "almost" as DATE), one sentence per line, and
 * the {@link SentenceFilter prefilter} on, so only sentences that may hold a date or number are tagged.
 * {@link #id()} names everything that changes the annotations, so caches can tell other settings apart.
 *
 * @param nerModels comma-separated CRF models, or empty for CoreNLP's defaults
 * @param fineGrained whether the fine-grained (KBP) NER rules run
 * @param prefilter whether sentences the prefilter rejects skip tagging and NER
 */
public record NlpSettings(String nerModels, boolean fineGrained, boolean prefilter) {

    public static final NlpSettings LEAN = new NlpSettings(
            "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
                    + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz",
            false, true);

    /** What a user would write first: all default models, fine-grained NER on, every sentence. The baseline. */
    public static final NlpSettings DEFAULT = new NlpSettings("", true, false);

    public NlpSettings {
        java.util.Objects.requireNonNull(nerModels, "nerModels");
    }

    /** The same CoreNLP configuration with every sentence tagged: the reference the prefilter is proved on. */
    public NlpSettings withoutPrefilter() {
        return new NlpSettings(nerModels, fineGrained, false);
    }

    /** Properties of the whole pipeline, {@code tokenize,ssplit,pos,lemma,ner}. */
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
        return "corenlp-4.5.10;" + new TreeMap<>(toProperties()) + ";prefilter="
                + (prefilter ? SentenceFilter.VERSION : "off");
    }
}
