package org.claimcheck.reference;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Tolerant keys for matching names written in different ways: {@link #normalize} gives the same key to
 * "The Shanghai Co-operation Organisation" and "shanghai co operation organisation", {@link #orderFreeKey} also
 * ignores word order, so "Russia–China trade" and "China-Russia trade" meet.
 */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2018\u2019\u02bc\u2032`\u00b4]");
    /** Dotted acronyms ("U.S.", "U.K.") lose their dots so they meet "US" and "UK". */
    private static final Pattern DOTTED_ACRONYM = Pattern.compile("\\b(?:\\p{L}\\.){2,}");
    /** "Russia's" → "russia", "members' " → "members": possessives do not change what is named. */
    private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L})'s\\b|(?<=s)'(?!\\p{L})");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Joining words that only say how the other words relate; dropped from order-free keys. */
    private static final Set<String> CONNECTORS = Set.of("and", "of", "between", "the");

    private Names() {
    }

    /**
     * Folds case and accents, turns every dash, hyphen and punctuation mark into a space, "&" into "and",
     * drops possessive "'s" and a leading "the", and collapses spaces. Plurals are left alone on purpose:
     * stripping a final "s" would merge names such as "Brussels" or "United States" with something else.
     */
    public static String normalize(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace("\u00df", "ss").replace("\u00e6", "ae").replace("\u0153", "oe").replace("\u00f8", "o");
        s = s.toLowerCase(Locale.ROOT);
        s = APOSTROPHES.matcher(s).replaceAll("'");
        s = POSSESSIVE.matcher(s).replaceAll("");
        s = s.replace("'", "");
        s = DOTTED_ACRONYM.matcher(s).replaceAll(m -> m.group().replace(".", ""));
        s = s.replace("&", " and ");
        s = NOT_WORD.matcher(s).replaceAll(" ").trim();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }

    /**
     * The normalized words, connectors ("and", "of", "between", "the") dropped, sorted: a key that ignores
     * word order. It merges names that differ only by direction ("China's exports to Russia" and "Russia's
     * exports to China"), so use it only after an exact {@link #normalize} match has failed.
     */
    public static String orderFreeKey(String name) {
        String normalized = normalize(name);
        if (normalized.isEmpty()) {
            return "";
        }
        return Arrays.stream(normalized.split(" "))
                .filter(w -> !CONNECTORS.contains(w))
                .sorted()
                .collect(Collectors.joining(" "));
    }
}
