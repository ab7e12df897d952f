package org.claimcheck.verify.link;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose event a verb names. "The SCO established relations with the UN in 2004" is not the founding of the SCO:
 * an active verb with an object is about the object. "The Shanghai Five, formed in 1996", "the Regional
 * Anti-Terrorist Structure was established" are about the name before the verb. Only single past-tense verbs
 * ("signed", "founded", "established") are read this way; the owner is returned as the text that names it, or
 * null when the sentence does not show it (a pronoun, a noun phrase of another shape).
 */
final class EventOwner {

    private static final Set<String> AUXILIARIES = Set.of("was", "were", "is", "are", "been", "be", "being", "had",
            "has", "have", "got");
    private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "this", "these", "that", "we");
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "by", "with", "from", "to", "during",
            "for", "into", "until", "since", "after", "before", "as", "under", "through", "over", "when", "and",
            "but", "while", "between", "amid");
    private static final Pattern NEXT_WORD = Pattern.compile("^\\s*([\\p{L}\\p{N}'’-]+)");
    private static final Pattern OBJECT = Pattern.compile(
            "^\\s*((?:the|a|an|its|their|his|her|our)\\s+)?([\\p{L}\\p{N}'’()\\- ]+?)(?=\\s+(?:in|on|at|by|with|from|to|"
                    + "during|for|into|which|that|who|and|as)\\b|[,.;:]|$)");
    private static final Pattern NAME_BEFORE = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}\\p{N}'’-]*|\\(\\p{Lu}+\\))(?:\\s+(?:of|and|for|the|de)?\\s*(?:\\p{Lu}[\\p{L}\\p{N}'’-]*|"
                    + "\\(\\p{Lu}+\\)))*)\\s*$");

    private static final Pattern LEADING_FUNCTION_WORDS = Pattern.compile("^(?i)(?:(?:after|before|when|since|"
            + "once|until|in|on|by|as|while|although|though|if|because|following|during|then|and|but|the)\\s+)+");

    /** "Israel's attacks", "China’s exports": a proper name in the possessive right before a phrase. */
    private static final Pattern POSSESSOR_BEFORE = Pattern.compile(
            "((?:\\p{Lu}[\\p{L}\\p{N}-]*)(?:\\s+(?:of|and|the)?\\s*\\p{Lu}[\\p{L}\\p{N}-]*)*)['’]s?\\s+$");

    private EventOwner() {
    }

    /**
     * "for re-establishing the global financial system", "after establishing the bank": a present participle or
     * gerund with an object is about the object, as a past-tense verb is; without one, whose it is the sentence
     * does not show here. Only for a word the tagger read as a verb: "the founding of", "the signing date" are
     * nouns.
     */
    private static String objectOfParticiple(String after) {
        return takesObject(after) ? object(after) : null;
    }

    /** Whether the words after a verb begin with its object: not a preposition, not a number. */
    private static boolean takesObject(String after) {
        Matcher next = NEXT_WORD.matcher(after);
        return next.find() && !PREPOSITIONS.contains(next.group(1).toLowerCase(Locale.ROOT))
                && !Character.isDigit(next.group(1).charAt(0));
    }

    /** The object's words after a verb ("relations" of "established relations with the UN"), or null. */
    private static String object(String after) {
        Matcher object = OBJECT.matcher(after);
        return object.find() ? object.group(2).strip() : null;
    }

    /** The names a coordinated owner lists: "India and Pakistan" are two owners of one event. */
    static String[] parts(String owner) {
        return owner.split("\\s*(?:,|;|&|\\band\\b)\\s*");
    }

    /**
     * The proper name whose possession the phrase at {@code start} is ("Israel's attacks" → "Israel"), or null.
     * Such a phrase is about its possessor, whatever subject the text around it names.
     */
    static String possessorOf(String sentence, int start) {
        Matcher m = POSSESSOR_BEFORE.matcher(sentence.substring(Math.max(0, start - 80), start));
        return m.find() ? m.group(1).strip().replaceFirst("^The\\s+", "") : null;
    }

    static String ownerOf(String sentence, int start, int end) {
        return ownerOf(sentence, start, end, false);
    }

    /** As above; {@code participle} when the tagger read the verb as a present participle or gerund (VBG). */
    static String ownerOf(String sentence, int start, int end, boolean participle) {
        String verb = sentence.substring(start, end);
        if (participle) {
            return objectOfParticiple(sentence.substring(end));
        }
        if (!verb.matches("(?i)\\p{L}+ed")) {
            return null;
        }
        String[] split = splitAuxiliaries(sentence.substring(0, start));
        String before = split[0];
        // "has established relations" is active (perfect tense); only a form of "be" (or "got") makes it passive.
        boolean passive = split[1].matches(".*\\b(?:was|were|is|are|been|be|being|got)\\b.*");
        String after = sentence.substring(end);
        if (!passive && takesObject(after)) {
            return object(after);
        }
        boolean reducedRelative = before.endsWith(",");
        if (!passive && !reducedRelative) {
            return null; // "which Jiang Zemin and Vladimir Putin signed in Moscow": the name before is the agent
        }
        String head = reducedRelative ? before.substring(0, before.length() - 1).stripTrailing() : before;
        Matcher name = NAME_BEFORE.matcher(head);
        if (!name.find() || name.group(1).isBlank()) {
            return null;
        }
        // "After the Maastricht Treaty was signed": a capitalised word that opens the sentence is no part of the name
        String owner = LEADING_FUNCTION_WORDS.matcher(name.group(1).strip()).replaceFirst("");
        return owner.isBlank() || PRONOUNS.contains(owner.toLowerCase(Locale.ROOT)) ? null : owner;
    }

    /**
     * Splits off the auxiliaries and -ly adverbs just before the verb: "the treaty was officially" gives
     * {"the treaty", "was"}; the second part holds the auxiliaries only, empty for an active verb.
     */
    private static String[] splitAuxiliaries(String text) {
        String t = text.stripTrailing();
        StringBuilder auxiliaries = new StringBuilder();
        while (!t.isEmpty()) {
            int space = t.lastIndexOf(' ');
            String word = t.substring(space + 1);
            String lower = word.toLowerCase(Locale.ROOT);
            if (AUXILIARIES.contains(lower)) {
                auxiliaries.append(lower).append(' ');
            } else if (!(lower.endsWith("ly") && lower.length() > 3 && Character.isLowerCase(word.charAt(0)))) {
                break;
            }
            t = t.substring(0, Math.max(space, 0)).stripTrailing();
        }
        return new String[] {t, auxiliaries.toString().strip()};
    }
}
