package org.claimcheck.verify.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.claimcheck.reference.Names;

/**
 * Splits text into normalized words, with their offsets, for tolerant matching of names. Each word is folded
 * as {@link Names#normalize} folds reference names, so both sides agree: case, accents, punctuation and dashes
 * do not matter ("Russia–China" and "russia-china" give the same words), possessive "'s" is dropped,
 * hyphenated prefixes are joined ("co-operation" = "cooperation"), British and American spellings agree
 * ("Neighbourliness" = "Neighborliness", "Organisation" = "Organization"), and a few country adjectives
 * used in pair names become the country ("Sino-Russian" = "China Russia").
 */
public final class Words {

    /** Prefixes written with or without a hyphen; joined to the next word so both spellings agree. */
    private static final Set<String> JOINED_PREFIXES = Set.of("co", "re", "non", "pre", "anti", "inter", "post",
            "multi", "bi", "trans");

    /** Country adjectives that appear in pair names; curators add anything else as an alias. */
    private static final Map<String, String> ADJECTIVES = Map.of(
            "sino", "china", "chinese", "china", "russo", "russia", "russian", "russia",
            "indo", "india", "indian", "india");

    private Words() {
    }

    /** The last word of a phrase, folded: its head as a noun phrase ("" when there is none). */
    public static String head(String phrase) {
        List<Word> words = of(phrase);
        return words.isEmpty() ? "" : words.get(words.size() - 1).text();
    }

    /** Whether a folded head word is {@code word} or its plural ("agreements" for "agreement"). */
    public static boolean sameNoun(String head, String word) {
        return head.equals(word) || head.equals(word + "s");
    }

    public static List<Word> of(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            StringBuilder word = new StringBuilder();
            while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                word.append(text.charAt(i));
                i++;
            }
            String normalized = fold(word.toString());
            if (JOINED_PREFIXES.contains(normalized) && i + 1 < text.length() && isHyphen(text.charAt(i))
                    && Character.isLetter(text.charAt(i + 1))) {
                i++;
                while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
                    word.append(text.charAt(i));
                    i++;
                }
                normalized = fold(word.toString());
            }
            if (isPossessive(text, i)) {
                i += 2;
            }
            words.add(new Word(spelling(normalized), start, i));
        }
        return List.copyOf(words);
    }

    /** The normalized words joined by single spaces: a key two spellings of one name share. */
    public static String key(String text) {
        return String.join(" ", of(text).stream().map(Word::text).toList());
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011';
    }

    private static boolean isPossessive(String text, int i) {
        return i + 1 < text.length() && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019')
                && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')
                && (i + 2 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 2)));
    }

    /**
     * Case and accents fold as in the reference tables' own name keys, so both sides agree. Folding runs a few
     * regular expressions and every sentence repeats common words, so folded words are remembered (up to a
     * bound, after which new words are folded each time).
     */
    private static String fold(String word) {
        String known = FOLDED.get(word);
        if (known != null) {
            return known;
        }
        String normalized = Names.normalize(word);
        String folded = normalized.isEmpty() ? word.toLowerCase(Locale.ROOT) : normalized.replace(" ", "");
        if (FOLDED.size() < MAX_FOLDED) {
            FOLDED.put(word, folded);
        }
        return folded;
    }

    private static final int MAX_FOLDED = 200_000;
    private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();

    private static String spelling(String word) {
        String mapped = ADJECTIVES.get(word);
        if (mapped != null) {
            return mapped;
        }
        String w = word;
        if (w.length() > 5) {
            w = w.replace("our", "or");
        }
        if (w.endsWith("isation") || w.endsWith("isations")) {
            w = w.replace("isation", "ization");
        }
        return w;
    }
}
