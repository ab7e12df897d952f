package org.claimcheck.statistics;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.series.SeriesAttribute;

/**
 * Whether the sentence speaks of a narrower group than the series measures: "youth unemployment" is not the
 * unemployment rate, "lung cancer deaths" are not all cancer deaths, "women's obesity" not adults' obesity. A
 * word naming a part of a population or a kind of a disease that the series' own title and phrases do not use
 * makes the claim one the series cannot decide.
 */
final class Definitions {

    private static final List<String> NARROWER = List.of("youth", "young", "child", "children", "childhood",
            "infant", "teenage", "teenager", "girl", "boy", "female", "male", "women", "woman", "men", "man", "urban",
            "rural", "elderly", "older", "lung", "breast", "prostate", "cervical", "colorectal", "liver", "stomach",
            "skin", "pancreatic", "blood");

    private Definitions() {
    }

    /** The first word of the sentence that names a narrower group than {@code a} measures, if any. */
    static Optional<String> narrower(SeriesAttribute a, String sentence) {
        Set<String> own = new HashSet<>(Words.keys(a.title()));
        a.phrases().forEach(p -> own.addAll(Words.keys(p)));
        Set<String> said = new HashSet<>(Words.keys(sentence));
        return NARROWER.stream().map(Words::key).filter(said::contains).filter(w -> !own.contains(w)).findFirst();
    }
}
