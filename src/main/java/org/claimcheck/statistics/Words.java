package org.claimcheck.statistics;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence or an indicator phrase as a list of word keys: lower-case, plural and possessive endings dropped,
 * and each word of a family that newspapers use interchangeably for one notion reduced to one key ("power",
 * "generated" and "electricity" all name electricity; "died" and "deaths" death). Function words are dropped,
 * so a phrase's keys are the notions it needs a sentence to name.
 */
final class Words {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Set<String> FUNCTION = Set.of("a", "an", "the", "of", "in", "on", "at", "to", "from", "by",
            "for", "per", "as", "and", "or", "with", "its", "their", "s", "is", "are", "was", "were", "be", "been",
            "have", "has", "had", "that", "which", "who", "this", "these", "it", "they", "into", "among", "between",
            "during", "within", "over", "under", "than", "more", "less", "about", "all", "both", "sexes", "people",
            "number", "total");
    /** Abbreviations a text uses for a phrase the series spell out. */
    private static final Map<String, List<String>> EXPANSIONS = Map.of(
            "gni", List.of("gross", "national", "income"), "gdp", List.of("gross", "domestic", "product"));
    /** Words that only say a figure is a part of a whole; a percentage says so already. */
    static final Set<String> SHARE = Set.of("share", "percentage", "proportion", "rate", "ratio", "fraction",
            "prevalence");
    private static final Map<String, String> FAMILY = Map.ofEntries(
            Map.entry("power", "electricity"), Map.entry("generation", "electricity"),
            Map.entry("generate", "electricity"), Map.entry("generated", "electricity"),
            Map.entry("generating", "electricity"), Map.entry("electric", "electricity"),
            Map.entry("die", "death"), Map.entry("died", "death"), Map.entry("dying", "death"),
            Map.entry("dead", "death"), Map.entry("killed", "death"), Map.entry("fatality", "death"),
            Map.entry("fatalitie", "death"), Map.entry("lose", "death"), Map.entry("lost", "death"),
            Map.entry("employed", "employment"), Map.entry("employ", "employment"), Map.entry("work", "employment"),
            Map.entry("working", "employment"), Map.entry("worker", "employment"), Map.entry("job", "employment"),
            Map.entry("workforce", "employment"),
            Map.entry("obese", "obesity"), Map.entry("physician", "doctor"),
            Map.entry("agricultural", "agriculture"), Map.entry("farming", "agriculture"),
            Map.entry("renewable", "renewables"), Map.entry("adult", "adults"),
            Map.entry("labor", "labour"), Map.entry("produced", "production"), Map.entry("produce", "production"),
            Map.entry("output", "production"), Map.entry("emitted", "emission"), Map.entry("emit", "emission"),
            Map.entry("emitting", "emission"), Map.entry("fishery", "fish"), Map.entry("fishing", "fish"));

    private Words() {
    }

    /** The keys of every word in {@code text}, function words included, in order (for matching positions). */
    static List<String> keys(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(fold(text));
        while (m.find()) {
            String k = key(m.group());
            out.addAll(EXPANSIONS.getOrDefault(k, List.of(k)));
        }
        // "China accounts for 65% of …" says what a share is of; it names no account (a bank account's series).
        for (int i = 0; i + 1 < out.size(); i++) {
            if (out.get(i).equals("account") && out.get(i + 1).equals("for")) {
                out.set(i, "be");
            }
        }
        return out;
    }

    /** The keys a phrase needs a sentence to name: its words but function words (and share words if asked). */
    static List<String> contentKeys(String phrase, boolean dropShareWords) {
        List<String> out = new ArrayList<>();
        for (String k : keys(phrase)) {
            if (!FUNCTION.contains(k) && !k.chars().allMatch(Character::isDigit)
                    && !(dropShareWords && SHARE.contains(k)) && !out.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }

    static String key(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() > 4 && w.endsWith("ies")) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us")
                && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        return FAMILY.getOrDefault(w, w);
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('\u2019', '\'')
                .replace("'s ", " ").replace("'s", "");
    }
}
