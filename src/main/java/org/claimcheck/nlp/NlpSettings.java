package org.claimcheck.nlp;

import java.util.Properties;
import java.util.TreeMap;

/**
 * The CoreNLP configuration claimcheck runs with, chosen by measurement: fine-grained NER off, one sentence per
 * line, the {@link SentenceFilter prefilter} on, so only sentences that may hold a date or number are tagged,
 * and the 3-class CRF model alone. Claims need only the numeric and temporal tags, which come from the numeric
 * classifiers and SUTime; the CRF matters because a token it tags as a person, organization or location keeps
 * that tag ("Five" in "the Shanghai Five" is no number). The 7-class model tags words like "almost" as DATE;
 * the 4-class model, run after the 3-class one, may only add MISC (CoreNLP adds a later model's tags only for
 * entity types the earlier models lack), which claimcheck never reads and the numeric classifiers overwrite
 * anyway: it cost a fifth of a run and changed no claim.
 * {@link #id()} names everything that changes the annotations, so caches can tell other settings apart.
 *
 * @param nerModels comma-separated CRF models, or empty for CoreNLP's defaults
 * @param fineGrained whether the fine-grained (KBP) NER rules run
 * @param prefilter whether sentences the prefilter rejects skip tagging and NER
 * @param dependencies whether the tagged sentences are also parsed with CoreNLP's neural dependency parser; off in
 *     every configuration claimcheck runs with: it is there so the benchmark can measure what the parser would
 *     cost ({@code claimcheck bench --depparse}), and no stage reads its output
 */
public record NlpSettings(String nerModels, boolean fineGrained, boolean prefilter, boolean dependencies) {

    public static final NlpSettings LEAN = new NlpSettings(
            "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz",
            false, true);

    /** What a user would write first: all default models, fine-grained NER on, every sentence. The baseline. */
    public static final NlpSettings DEFAULT = new NlpSettings("", true, false);

    public NlpSettings {
        java.util.Objects.requireNonNull(nerModels, "nerModels");
    }

    /** Settings without the dependency parser. */
    public NlpSettings(String nerModels, boolean fineGrained, boolean prefilter) {
        this(nerModels, fineGrained, prefilter, false);
    }

    /** The same CoreNLP configuration with every sentence tagged: the reference the prefilter is proved on. */
    public NlpSettings withoutPrefilter() {
        return new NlpSettings(nerModels, fineGrained, false, dependencies);
    }

    /** The same configuration with the dependency parser run on every tagged sentence, to measure its cost. */
    public NlpSettings withDependencies() {
        return new NlpSettings(nerModels, fineGrained, prefilter, true);
    }

    /** Properties of the whole pipeline, {@code tokenize,ssplit,pos,lemma,ner} (and {@code depparse}). */
    public Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner" + (dependencies ? ",depparse" : ""));
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
