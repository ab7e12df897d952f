package org.claimcheck.verify.link;

import java.util.List;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.text.Span;

/**
 * A date that heads a timeline or chronology entry ("October 15, 2004. Settlement of the border question.",
 * "* 9 June 2017 –", a date alone on its line) states nothing in its own sentence: the event it dates is the text
 * that follows, to the end of the next sentence on its line or, when the date stands alone on its line, the
 * next line. The claim is read with that text as its sentence, and the explanation says so. Its subject is then
 * never the claim's own subject phrase: the link is firm only when the event text itself shows whose event it is
 * ("The Treaty of Good-Neighbourliness was signed in Moscow"), and otherwise a conflict is a possible conflict.
 */
public final class TimelineEntries {

    public static final String NOTE = "the date heads a timeline entry, read with the text that follows it";

    /** Longest event text read after a heading date, in characters. */
    private static final int MAX_EVENT = 400;

    private TimelineEntries() {
    }

    /** The claim with the entry's event text in its sentence, or the claim itself when it heads no entry. */
    public static Claim withEvent(Claim claim, String articleText) {
        if (claim.kind() != ClaimKind.DATE || !headsEntry(claim)) {
            return claim;
        }
        int from = claim.sentenceSpan().end();
        int end = eventEnd(articleText, from);
        if (end <= from || articleText.substring(from, end).codePoints().noneMatch(Character::isLetter)) {
            return claim;
        }
        Span extended = new Span(claim.sentenceSpan().start(), end);
        // The tagger's words cover the date's own sentence only; the rules read the extended sentence from its
        // lemmatized words instead (TaggedWords.orLemmatized), so every word of it is there.
        return new Claim(claim.articleId(), claim.kind(), claim.text(), claim.span(), claim.position(),
                claim.sentenceIndex(), extended, extended.of(articleText), claim.value(), claim.qualifier(),
                claim.record(), claim.subjectPhrase(), claim.predicatePhrase(), claim.period(), claim.resolution(),
                claim.fingerprint(), List.of());
    }

    /** The sentence is the date and nothing else but bullets, numbering, brackets and punctuation. */
    static boolean headsEntry(Claim claim) {
        String sentence = claim.sentence();
        int at = claim.span().start() - claim.sentenceSpan().start();
        String rest = sentence.substring(0, Math.max(at, 0)) + " " + sentence.substring(Math.min(sentence.length(),
                at + claim.text().length()));
        return rest.codePoints().noneMatch(Character::isLetter) && rest.codePoints().noneMatch(Character::isDigit);
    }

    /** The end of the next sentence after {@code from}: at ". " or the end of the line, past one line break. */
    private static int eventEnd(String text, int from) {
        int i = from;
        int limit = Math.min(text.length(), from + MAX_EVENT);
        // the date alone on its line: the event is on the next line
        while (i < limit && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        int lineBreaks = 0;
        for (int k = from; k < i; k++) {
            if (text.charAt(k) == '\n') {
                lineBreaks++;
            }
        }
        if (lineBreaks > 1) {
            return from; // a blank line: the date ends a paragraph, it heads nothing
        }
        for (int k = i; k < limit; k++) {
            char c = text.charAt(k);
            if (c == '\n' || (c == '.' || c == '!' || c == '?') && (k + 1 >= text.length()
                    || Character.isWhitespace(text.charAt(k + 1)))) {
                return c == '\n' ? k : k + 1;
            }
        }
        return limit;
    }
}
