package org.claimcheck.verify.link;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.claimcheck.extract.Claim;
import org.claimcheck.verify.words.Word;
import org.claimcheck.verify.words.Words;

/**
 * A shorter form of a name the article gave in full before: "Edward ascended to the throne" after "Edward VIII",
 * "the National Stadium was opened" on a page about the Beijing National Stadium, "Bonham" after "John Bonham".
 * A claim's subject phrase that is a proper name no subject of the tables has, and the subject of a verb, is read
 * as the subject named just before (in the two sentences before, earlier in the paragraph, or in the title) whose
 * name, as the article wrote it there, ends with its words (or begins with them before a regnal number), when
 * exactly one subject named there does ("the Charter" is a whole name, not a longer one; "the charter" names
 * none). A country's name is a name of its own ("Russia" is not short for "Russia–China trade"). How firm the
 * link is, is then judged as for a description ("the pipeline"): one word of the name makes a firm link, a phrase
 * of several leaves a conflict to review.
 */
final class ShortName {

    /** A short form has at most this many words; a longer one would be a name of its own. */
    private static final int MAX_WORDS = 3;

    private ShortName() {
    }

    /**
     * The one candidate {@code before} gives (subjects named before the sentence) whose name, as the article wrote it,
     * the claim's subject phrase shortens; empty when none or several do, or when the phrase is no capitalised name.
     */
    static Optional<SubjectCandidate> of(Claim claim, Supplier<List<SubjectCandidate>> before) {
        List<String> shortForm = capitalisedName(claim.subject());
        if (shortForm.isEmpty() || claim.predicate() == null || ContextSubjects.isPlaceName(claim.subject())) {
            // "Russia" is a name of its own, not short for "Russia–China trade"; a name with no verb of its own (a
            // table's cell) is no one's subject
            return Optional.empty();
        }
        // Only now the text before is searched: most claims fail the checks above.
        List<SubjectCandidate> shortened = before.get().stream()
                .filter(c -> c.place() == Place.CONTEXT || c.place() == Place.TITLE)
                .filter(c -> SubjectPhraseHead.isProperName(c.matched())) // "the charter" before is no name
                .filter(c -> shortens(shortForm, c.matched()))
                .toList();
        return shortened.size() == 1 ? Optional.of(shortened.get(0)) : Optional.empty();
    }

    /**
     * Whether {@code shortForm} is the last words of {@code nameText} ("National Stadium", "Bonham"), or its first
     * words before a regnal number ("Edward" of "Edward VIII"), and fewer of them. Other first words only say whose or
     * where the thing is: "Sydney" is no short form of "Sydney Harbour Bridge".
     */
    static boolean shortens(List<String> shortForm, String nameText) {
        List<Word> words = Words.of(nameText);
        List<String> name = SubjectPhraseHead.withoutDeterminers(words);
        int k = shortForm.size();
        if (k >= name.size()) {
            return false;
        }
        boolean last = name.subList(name.size() - k, name.size()).equals(shortForm);
        // the numeral as written, in capitals: "Xi" of "President Xi" is a name, not a number
        Word next = words.get(words.size() - name.size() + k);
        boolean regnal = nameText.substring(next.start(), next.end()).matches("[IVXL]+")
                && name.subList(0, k).equals(shortForm);
        return last || regnal;
    }

    /** The folded words of a phrase made only of capitalised words ("the" before them aside), or an empty list. */
    private static List<String> capitalisedName(String phrase) {
        if (phrase == null) {
            return List.of();
        }
        List<Word> words = Words.of(phrase);
        int from = !words.isEmpty() && words.get(0).text().equals("the") ? 1 : 0;
        if (words.size() - from < 1 || words.size() - from > MAX_WORDS) {
            return List.of();
        }
        for (int i = from; i < words.size(); i++) {
            Word w = words.get(i);
            if (!Character.isUpperCase(phrase.charAt(w.start()))) {
                return List.of();
            }
        }
        return words.subList(from, words.size()).stream().map(Word::text).toList();
    }
}
