package org.claimcheck.verify.link;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimWord;
import org.claimcheck.verify.words.TaggedWords;
import org.claimcheck.verify.words.Word;

/**
 * "Construction of the Brooklyn Bridge began in 1869", "work on the tunnel started in 1988": an event noun and its
 * verb, a phrase of the tables ("construction began", "work started"), with the noun's complement between them.
 * The phrase is the attribute's, and the complement is whose event it is.
 * <ul>
 * <li>A common noun's own "of" inside the complement names a part of what follows ("construction of the second
 * tube of the Channel Tunnel" is the tube's), so the owner ends before it; a name's "of" ("the Power of Siberia
 * pipeline") stays.</li>
 * <li>An auxiliary before the verb is no part of the owner ("the construction of the Empire State Building was
 * begun").</li>
 * <li>Only a common noun opens such a phrase, and a verb goes on with it: "the House of Representatives passed"
 * is a name, "work began on its construction" is the verb's own phrase, and "the capital of Nigeria since 1991"
 * has no verb after its complement.</li>
 * </ul>
 */
final class EventNounComplement {

    /** A phrase found around a complement: the whole span, where its verb starts, and the complement's text. */
    record Match(NameMatch match, int verbStart, String owner) {
    }

    private static final Set<String> OPENERS = Set.of("of", "on");
    private static final int MAX_COMPLEMENT_WORDS = 6;
    private static final Set<String> AUXILIARIES = Set.of("was", "were", "is", "are", "be", "been", "has", "had",
            "have");

    private EventNounComplement() {
    }

    /** Every match in {@code text} (the words of the claim's sentence, with their {@code stems}) of the phrase. */
    static List<Match> find(Claim claim, List<String> phrase, List<Word> text, List<String> stems) {
        List<Match> found = new ArrayList<>();
        if (phrase.size() < 2) {
            return found;
        }
        String sentence = claim.sentence();
        for (int i = 0; i + 2 < text.size(); i++) {
            if (!stems.get(i).equals(phrase.get(0)) || !OPENERS.contains(text.get(i + 1).text())
                    || !mayBe(claim, text.get(i), ClaimWord::isCommonNoun)) {
                continue;
            }
            int from = i + 2;
            for (int k = from + 1; k <= from + MAX_COMPLEMENT_WORDS && k + phrase.size() - 1 <= text.size(); k++) {
                if (!sentence.substring(text.get(k - 1).end(), text.get(k).start()).isBlank()) {
                    break; // a comma or bracket ends the complement
                }
                if (restMatches(phrase, stems, k) && mayBe(claim, text.get(k), ClaimWord::isVerb)) {
                    Word last = text.get(k + phrase.size() - 2);
                    found.add(new Match(new NameMatch(text.get(i).start(), last.end(), phrase.size(), true),
                            text.get(k).start(), owner(text, from, k, sentence)));
                    break;
                }
            }
        }
        return found;
    }

    /** False for a word the tagger read as another part of speech; true when it is not tagged. */
    private static boolean mayBe(Claim claim, Word w, Predicate<ClaimWord> partOfSpeech) {
        OptionalInt i = TaggedWords.indexOf(claim, w.start(), w.end());
        if (i.isEmpty()) {
            return true;
        }
        ClaimWord word = claim.words().get(i.getAsInt());
        return word.tag().isEmpty() || partOfSpeech.test(word);
    }

    private static boolean restMatches(List<String> phrase, List<String> stems, int k) {
        for (int p = 1; p < phrase.size(); p++) {
            if (!stems.get(k + p - 1).equals(phrase.get(p))) {
                return false;
            }
        }
        return true;
    }

    /** The complement's words {@code [from, to)}, up to a common noun's own "of". */
    private static String owner(List<Word> text, int from, int to, String sentence) {
        int end = to;
        while (end - 1 > from && AUXILIARIES.contains(text.get(end - 1).text())) {
            end--;
        }
        for (int j = from + 1; j < end; j++) {
            boolean commonNounBefore = Character.isLowerCase(sentence.charAt(text.get(j - 1).start()));
            if (text.get(j).text().equals("of") && commonNounBefore) {
                end = j;
                break;
            }
        }
        return sentence.substring(text.get(from).start(), text.get(end - 1).end());
    }
}
