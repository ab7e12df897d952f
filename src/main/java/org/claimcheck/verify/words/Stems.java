package org.claimcheck.verify.words;

import java.util.Map;

/**
 * A light, lemma-like stemmer for attribute vocabulary: inflections of one verb or noun share a stem
 * ("signed", "signing", "signs" → "sign"; "launched", "launches" → "launch"; "began", "begun" → "begin";
 * "operations", "operating" → "operat"). It only has to make a phrase and its inflections agree, not to
 * produce dictionary words.
 */
public final class Stems {

    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("began", "begin"), Map.entry("begun", "begin"), Map.entry("came", "come"),
            Map.entry("rose", "rise"), Map.entry("risen", "rise"), Map.entry("grew", "grow"),
            Map.entry("grown", "grow"), Map.entry("fell", "fall"), Map.entry("fallen", "fall"),
            Map.entry("took", "take"), Map.entry("taken", "take"), Map.entry("went", "go"),
            Map.entry("gone", "go"), Map.entry("built", "build"), Map.entry("won", "win"),
            Map.entry("held", "hold"), Map.entry("set", "set"), Map.entry("made", "make"),
            Map.entry("founded", "found"), Map.entry("was", "be"), Map.entry("were", "be"));

    private Stems() {
    }

    public static String of(String word) {
        String irregular = IRREGULAR.get(word);
        if (irregular != null) {
            return trimE(irregular);
        }
        String w = word;
        if (w.length() <= 3) {
            return w;
        }
        w = stripSuffix(w);
        if (w.length() > 3 && w.endsWith("ion")) {
            w = w.substring(0, w.length() - 3);
        }
        return trimE(undouble(w));
    }

    private static String stripSuffix(String w) {
        if (w.endsWith("ies") || w.endsWith("ied")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ing") && w.length() > 5) {
            return w.substring(0, w.length() - 3);
        }
        if (w.endsWith("ed") && w.length() > 4) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("es") && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("sses") || w.endsWith("xes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    /** "signing" → "sign" is fine already; "shipped" → "shipp" → "ship". */
    private static String undouble(String w) {
        int n = w.length();
        if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "bdgmnprt".indexOf(w.charAt(n - 1)) >= 0) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    /** "conclude" and "concluded" meet at "conclud". */
    private static String trimE(String w) {
        return w.length() > 3 && w.endsWith("e") ? w.substring(0, w.length() - 1) : w;
    }
}
