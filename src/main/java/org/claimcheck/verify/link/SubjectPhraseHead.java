package org.claimcheck.verify.link;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimcheck.extract.Claim;
import org.claimcheck.verify.words.ClaimGeometry;
import org.claimcheck.verify.words.Stems;
import org.claimcheck.verify.words.TaggedWords;
import org.claimcheck.verify.words.Word;
import org.claimcheck.verify.words.Words;

/**
 * Whether the subject's name heads the claim's own subject phrase, or only modifies its head ("the AUKUS
 * governments"), begins a longer name ("the Charter of the CIS"), or is one of a list of names ("Bangladesh, the
 * United Arab Emirates and Uruguay joined"). Read from the phrase extraction gives and the sentence's words.
 */
final class SubjectPhraseHead {

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "this", "these",
            "those", "his", "her", "our", "that");
    static final Set<String> POST_MODIFIERS = Set.of("of", "on", "for", "to", "in", "with", "at", "by",
            "from", "that", "which", "who", "between", "against", "under", "over", "during", "amid", "after",
            "before", "since", "as", "into", "about", "among");
    /** Words that carry a name on into a longer one: "the Union State" of "the Union State of Russia and Belarus". */
    private static final Set<String> NAME_GOES_ON = Set.of("of", "on", "for");

    private SubjectPhraseHead() {
    }

    /**
     * Why the name {@code s} matched in the claim's sentence does not head its subject phrase, or null when it does
     * (or when the phrase no longer holds the name as written).
     */
    static LinkDoubt doubt(Claim claim, SubjectCandidate s, AttributeCandidate a) {
        if (!isProperName(s.matched())) {
            return LinkDoubt.weak("\u201c" + s.matched() + "\u201d is a description, not a name of " + s.subject().name());
        }
        String phrase = claim.findSubject().orElse(s.matched());
        if (isConjunct(phrase, s.matched())) {
            return null; // "Bangladesh, the United Arab Emirates and Uruguay joined in 2021"
        }
        int[] at = ClaimGeometry.subjectPhrase(claim);
        List<Word> words = Words.of(phrase);
        List<Word> name = Words.of(s.matched());
        int first = indexOf(words, name);
        if (first < 0) {
            return null; // the phrase was reworded by extraction; it still names the subject
        }
        int last = first + name.size() - 1;
        if (at != null && longerNameFollows(claim, at[0] + words.get(last).end())) {
            return LinkDoubt.other("\u201c" + s.matched() + "\u201d begins a longer name in \u201c" + phrase + "\u201d");
        }
        int head = head(phrase, words, first, last);
        if (head >= first && head <= last) {
            return null;
        }
        // "Russia's trade", "Russia–China trade": the name right before a head that is the attribute itself
        boolean attributeHead = at != null && a.located() && head == last + 1
                && a.start() <= at[0] + words.get(head).start() && at[0] + words.get(head).end() <= a.end();
        if (attributeHead || complementOfAttributeNoun(words, head, first, a)
                || attributeBeforeName(phrase, words, first, at, a)) {
            return null;
        }
        return LinkDoubt.other("\u201c" + s.matched() + "\u201d only modifies \u201c" + words.get(head).text()
                + "\u201d, the head of the subject phrase \u201c" + phrase + "\u201d");
    }

    /**
     * "Construction on the Opera House started …", "the construction of the bridge began …": the head is a noun of
     * the attribute's own phrases and the name is what it acts on, joined by "of", "on" or "for" (and "the").
     */
    private static boolean complementOfAttributeNoun(List<Word> words, int head, int first, AttributeCandidate a) {
        if (head >= first) {
            return false;
        }
        for (int i = head + 1; i < first; i++) {
            if (!COMPLEMENT_LINKS.contains(words.get(i).text())) {
                return false;
            }
        }
        String key = Stems.of(words.get(head).text());
        return a.attribute().phrases().stream().flatMap(p -> PhraseMatcher.stems(p).stream()).anyMatch(key::equals);
    }

    /**
     * "The 1,415 crew on board HMS Hood", "passengers aboard the Titanic": the attribute's own phrase ends right
     * before the name (a determiner aside), so the name is what the measure is of, whatever noun heads the phrase.
     */
    private static boolean attributeBeforeName(String phrase, List<Word> words, int first, int[] at,
            AttributeCandidate a) {
        if (at == null || !a.located() || first == 0) {
            return false;
        }
        int nameStart = at[0] + words.get(first).start();
        if (a.end() > nameStart || a.start() < at[0]) {
            return false;
        }
        String between = phrase.substring(Math.max(0, a.end() - at[0]), words.get(first).start()).strip();
        return between.isEmpty() || DETERMINERS.contains(between.toLowerCase(java.util.Locale.ROOT));
    }

    /** Words between an attribute's noun and the name it acts on: "construction of the", "work on the". */
    private static final Set<String> COMPLEMENT_LINKS = Set.of("of", "on", "for", "the");

    private static boolean isConjunct(String phrase, String name) {
        if (!phrase.contains(",") && !phrase.matches("(?is).*\\band\\b.*")) {
            return false;
        }
        String[] parts = phrase.split("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)");
        for (String part : parts) {
            if (!isProperName(part)) {
                return false; // not a list of names: "the treaty, signed in 2001, and its protocol"
            }
        }
        List<String> key = withoutDeterminers(Words.of(name));
        for (String part : parts) {
            if (withoutDeterminers(Words.of(part)).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The head of a noun phrase: the last word before its first post-modifier (a preposition, a relative
     * pronoun, a bracket or comma) outside the name at {@code [first, last]}, leading determiners skipped.
     */
    private static int head(String phrase, List<Word> words, int first, int last) {
        int head = -1;
        for (int i = 0; i < words.size(); i++) {
            boolean inName = i >= first && i <= last;
            if (!inName && head >= 0) {
                String gap = phrase.substring(words.get(i - 1).end(), words.get(i).start());
                if (POST_MODIFIERS.contains(words.get(i).text()) || gap.contains("(") || gap.contains(",")) {
                    break;
                }
            }
            if (inName || !DETERMINERS.contains(words.get(i).text()) || head >= 0) {
                head = i;
            }
        }
        return Math.max(head, 0);
    }

    /**
     * Whether the words after {@code end} carry the name on: "of", "on" or "for" (and "the") and a capitalised
     * word, after a bracketed aside if there is one ("Commonwealth (CIS) of Independent States" reads on too).
     */
    private static boolean longerNameFollows(Claim claim, int end) {
        if (end > claim.sentence().length()) {
            return false;
        }
        List<String> after = TaggedWords.within(claim, end, claim.sentence().length()).stream()
                .map(w -> claim.sentence().substring(w.start(), w.end())).toList();
        int i = 0;
        if (!after.isEmpty() && after.get(0).equals("(")) {
            int close = after.indexOf(")");
            if (close < 0 || after.subList(1, close).contains("(")) {
                return false;
            }
            i = close + 1;
        }
        if (i >= after.size() || !NAME_GOES_ON.contains(after.get(i).toLowerCase(Locale.ROOT))) {
            return false;
        }
        i++;
        if (i < after.size() && after.get(i).toLowerCase(Locale.ROOT).equals("the")) {
            i++;
        }
        return i < after.size() && Character.isUpperCase(after.get(i).charAt(0));
    }

    /** A name has a capital letter in a word other than a leading "The": "the bank" is a description. */
    static boolean isProperName(String text) {
        String rest = text.strip().replaceFirst("^(?i)(the|a|an)\\s+", "");
        return rest.codePoints().anyMatch(Character::isUpperCase);
    }

    static List<String> withoutDeterminers(List<Word> words) {
        int from = 0;
        while (from < words.size() && DETERMINERS.contains(words.get(from).text())) {
            from++;
        }
        return words.subList(from, words.size()).stream().map(Word::text).toList();
    }

    private static int indexOf(List<Word> words, List<Word> name) {
        outer:
        for (int i = 0; i + name.size() <= words.size(); i++) {
            for (int j = 0; j < name.size(); j++) {
                if (!words.get(i + j).text().equals(name.get(j).text())) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
