package org.claimcheck.verify.link;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimWord;
import org.claimcheck.verify.words.ClaimGeometry;
import org.claimcheck.verify.words.TaggedWords;

/**
 * Whose event a verb names, read from the tagged words around it. "The SCO established relations with the UN in
 * 2004" is not the founding of the SCO: an active verb with an object is about the object. "The Shanghai Five,
 * formed in 1996", "the Regional Anti-Terrorist Structure was established" are about the name before the verb.
 * Only a single past-tense verb ("signed", "founded", "established") or a present participle is read this way;
 * the owner is returned as the text that names it, or null when the sentence does not show it (a pronoun, a noun
 * phrase of another shape).
 */
final class EventOwner {

    /** Auxiliaries between a subject and its verb; a form of "be" (or "got") among them makes the verb passive. */
    private static final Set<String> AUXILIARIES = Set.of("was", "were", "is", "are", "been", "be", "being", "had",
            "has", "have", "got");
    private static final Set<String> PASSIVE_AUXILIARIES = Set.of("was", "were", "is", "are", "been", "be",
            "being", "got");
    private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "this", "these", "that", "we");
    /** Words that cannot begin a verb's object: the verb is followed by its circumstances instead. */
    private static final Set<String> PREPOSITIONS = Set.of("in", "on", "at", "by", "with", "from", "to", "during",
            "for", "into", "until", "since", "after", "before", "as", "under", "through", "over", "when", "and",
            "but", "while", "between", "amid");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our");
    /** Words that end an object: a preposition, a relative pronoun, a conjunction. */
    private static final Set<String> OBJECT_ENDS = Set.of("in", "on", "at", "by", "with", "from", "to", "during",
            "for", "into", "which", "that", "who", "and", "as");
    /** Articles that, right after a noun, open a second noun phrase: the object's complement, not the object. */
    private static final Set<String> OBJECT_COMPLEMENT_STARTS = Set.of("a", "an", "the");
    /** Tags a noun phrase may open with: "began the campaign", "took office", "held talks". */
    private static final Set<String> NOUN_PHRASE_STARTS = Set.of("DT", "PRP$", "JJ", "NN", "NNS", "NNP", "NNPS");
    private static final Set<String> CLAUSE_MARKS = Set.of(",", ".", ";", ":");
    /** Lower-case words that may join the words of one name: "Treaty of Good-Neighborliness", "Bosnia and …". */
    private static final Set<String> NAME_JOINERS = Set.of("of", "and", "for", "the", "de");
    private static final Set<String> POSSESSIVE_JOINERS = Set.of("of", "and", "the");
    /** Capitalised words that open a sentence before a name without being part of it ("After the Treaty …"). */
    private static final Set<String> LEADING_FUNCTION_WORDS = Set.of("after", "before", "when", "since", "once",
            "until", "in", "on", "by", "as", "while", "although", "though", "if", "because", "following", "during",
            "then", "and", "but", "the");
    private static final Set<String> POSSESSIVE_MARKS = Set.of("'s", "’s", "'", "’");

    private EventOwner() {
    }

    /** The names a coordinated owner lists: "India and Pakistan" are two owners of one event. */
    static String[] parts(String owner) {
        return owner.split("\\s*(?:,|;|&|\\band\\b)\\s*");
    }

    /**
     * The owner of the event the word at {@code [start, end)} of the claim's sentence names, or null. A past-tense
     * verb with an object is about the object ("Russia annexed Crimea"); a passive verb, or a participle set off
     * by a comma, is about the name before it. A present participle or gerund the tagger read as a verb ("after
     * establishing the bank") is about its object, and without one the sentence does not show whose it is; "the
     * founding of", "the signing date" are nouns and have no owner here.
     */
    static String ownerOf(Claim claim, int start, int end) {
        return ownerOf(claim, start, end, false);
    }

    /**
     * As above; for an event that begins its object ({@code origin}: a founding, a launch) an irregular past tense
     * with a noun phrase after it is read the same way: "the WHO began the eradication campaign in 1958" is the
     * campaign's start. For other events such a verb's object is often only a participant or a place ("Disney
     * bought Pixar", "the hurricane struck the Caribbean"), so it is left to the verb's subject.
     */
    static String ownerOf(Claim claim, int start, int end, boolean origin) {
        List<ClaimWord> words = TaggedWords.orLemmatized(claim);
        OptionalInt at = TaggedWords.indexOf(words, start, end);
        if (at.isEmpty()) {
            return null;
        }
        String sentence = claim.sentence();
        int verb = at.getAsInt();
        // "Jaws opened June 20, 1975": the claim's own value after the verb is when, never what, the verb acts on
        boolean valueFollows = verb + 1 < words.size() && words.get(verb + 1).start() >= ClaimGeometry.valueStart(claim)
                && words.get(verb + 1).start() < ClaimGeometry.valueEnd(claim);
        if (words.get(verb).tag().equals("VBG")) {
            return valueFollows ? null : object(words, sentence, verb + 1);
        }
        boolean edForm = sentence.substring(start, end).matches("(?i)\\p{L}+ed");
        boolean irregularPast = origin && !edForm && words.get(verb).tag().equals("VBD");
        if (!edForm && !irregularPast) {
            return null;
        }
        // Back over the auxiliaries and -ly adverbs before the verb: "the treaty was officially signed".
        int before = verb - 1;
        boolean passive = false;
        while (before >= 0) {
            String lower = lower(words.get(before), sentence);
            if (AUXILIARIES.contains(lower)) {
                passive |= PASSIVE_AUXILIARIES.contains(lower); // "has established relations" is active
            } else if (!isLyAdverb(words.get(before), sentence)) {
                break;
            }
            before--;
        }
        if (!passive && !valueFollows && takesObject(words, sentence, verb + 1)
                && (!irregularPast || NOUN_PHRASE_STARTS.contains(words.get(verb + 1).tag()))) {
            return object(words, sentence, verb + 1);
        }
        if (irregularPast) {
            return null; // "the WHO began in 1948": the verb's subject, as before
        }
        boolean reducedRelative = before >= 0 && lower(words.get(before), sentence).equals(",");
        if (!passive && !reducedRelative) {
            return null; // "which Jiang Zemin and Vladimir Putin signed in Moscow": the name before is the agent
        }
        int last = reducedRelative ? before - 1 : before;
        int first = nameStart(words, sentence, last, NAME_JOINERS, true);
        // "After the Maastricht Treaty was signed": a capitalised word that opens the sentence is no part of the name
        while (first <= last && LEADING_FUNCTION_WORDS.contains(lower(words.get(first), sentence))) {
            first++;
        }
        if (first > last) {
            return null;
        }
        String owner = span(words, sentence, first, last);
        return PRONOUNS.contains(owner.toLowerCase(Locale.ROOT)) ? null : owner;
    }

    /**
     * The proper name whose possession the phrase at {@code start} is ("Israel's attacks" → "Israel"), or null.
     * Such a phrase is about its possessor, whatever subject the text around it names.
     */
    static String possessorOf(Claim claim, int start) {
        List<ClaimWord> words = TaggedWords.orLemmatized(claim);
        String sentence = claim.sentence();
        int mark = TaggedWords.around(words, start, start)[0];
        if (mark < 1 || !POSSESSIVE_MARKS.contains(lower(words.get(mark), sentence))
                || words.get(mark).start() != words.get(mark - 1).end()) {
            return null;
        }
        int last = mark - 1;
        int first = nameStart(words, sentence, last, POSSESSIVE_JOINERS, false);
        if (first > last) {
            return null;
        }
        if (lower(words.get(first), sentence).equals("the") && first < last) {
            first++; // "The Power of Siberia's capacity": the article is no part of the name
        }
        return span(words, sentence, first, last);
    }

    /**
     * The first word of the name that ends with word {@code last}: capitalised words, joined by at most one of
     * {@code joiners} each and, where allowed, an acronym in brackets ("European Central Bank (ECB)"); {@code last}
     * + 1 when no name ends there.
     */
    private static int nameStart(List<ClaimWord> words, String sentence, int last, Set<String> joiners,
            boolean acronyms) {
        int first = last + 1;
        int i = last;
        while (i >= 0) {
            int start = nameWordStart(words, sentence, i, acronyms);
            if (start < 0) {
                break;
            }
            first = start;
            i = start - 1;
            if (i >= 0 && joiners.contains(lower(words.get(i), sentence))) {
                int before = i - 1;
                if (before >= 0 && nameWordStart(words, sentence, before, acronyms) >= 0) {
                    i = before;
                    continue;
                }
                break;
            }
        }
        return first;
    }

    /**
     * The first word of the capitalised word (or bracketed acronym) that ends with word {@code i}, or -1. Pieces
     * written without a space between them are one word: "Good-Neighborliness", "Anti-Terrorist".
     */
    private static int nameWordStart(List<ClaimWord> words, String sentence, int i, boolean acronyms) {
        if (acronyms && i >= 2 && lower(words.get(i), sentence).equals(")")
                && lower(words.get(i - 2), sentence).equals("(") && isAcronym(words.get(i - 1), sentence)) {
            return i - 2;
        }
        int first = i;
        while (first > 0 && words.get(first - 1).end() == words.get(first).start()
                && isNamePiece(words.get(first - 1), sentence)) {
            first--;
        }
        while (first <= i && !isNamePiece(words.get(first), sentence)) {
            first++;
        }
        for (int k = first; k <= i; k++) {
            if (!isNamePiece(words.get(k), sentence)) {
                return -1;
            }
        }
        return first <= i && Character.isUpperCase(sentence.charAt(words.get(first).start())) ? first : -1;
    }

    private static boolean isNamePiece(ClaimWord w, String sentence) {
        return sentence.substring(w.start(), w.end()).chars()
                .allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’');
    }

    private static boolean isAcronym(ClaimWord w, String sentence) {
        String text = sentence.substring(w.start(), w.end());
        return !text.isEmpty() && text.chars().allMatch(Character::isUpperCase);
    }

    /** Whether the word at {@code i} begins the verb's object: a word that is no preposition and no number. */
    private static boolean takesObject(List<ClaimWord> words, String sentence, int i) {
        if (i >= words.size()) {
            return false;
        }
        String text = sentence.substring(words.get(i).start(), words.get(i).end());
        return !text.isEmpty() && text.chars().allMatch(c -> Character.isLetterOrDigit(c) || "'’-".indexOf(c) >= 0)
                && !PREPOSITIONS.contains(text.toLowerCase(Locale.ROOT)) && !Character.isDigit(text.charAt(0));
    }

    /**
     * The object's words from word {@code i} ("relations" of "established relations with the UN"), without its
     * determiner, up to a preposition, a relative pronoun or a clause mark; null when there are none, or when a
     * word of another kind (a figure with its currency sign, a quotation) stands in the way.
     */
    private static String object(List<ClaimWord> words, String sentence, int i) {
        if (!takesObject(words, sentence, i)) {
            return null;
        }
        int first = DETERMINERS.contains(lower(words.get(i), sentence)) ? i + 1 : i;
        int last = first - 1;
        for (int k = first; k < words.size(); k++) {
            String lower = lower(words.get(k), sentence);
            if (CLAUSE_MARKS.contains(lower) || k > first && OBJECT_ENDS.contains(lower)) {
                break;
            }
            if (k > first && OBJECT_COMPLEMENT_STARTS.contains(lower) && words.get(k - 1).isNoun()) {
                break; // "declared COVID-19 a global pandemic": the name is the object, the rest what it became
            }
            if (!isObjectWord(lower)) {
                return null;
            }
            last = k;
        }
        return last >= first ? span(words, sentence, first, last) : null;
    }

    private static boolean isObjectWord(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> Character.isLetterOrDigit(c) || "'’()-".indexOf(c) >= 0);
    }

    private static boolean isLyAdverb(ClaimWord w, String sentence) {
        String text = sentence.substring(w.start(), w.end());
        return text.length() > 3 && text.endsWith("ly") && Character.isLowerCase(text.charAt(0));
    }

    private static String lower(ClaimWord w, String sentence) {
        return w.lowerIn(sentence);
    }

    private static String span(List<ClaimWord> words, String sentence, int first, int last) {
        return sentence.substring(words.get(first).start(), words.get(last).end());
    }
}
