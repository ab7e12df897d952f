package org.claimcheck.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.claimcheck.text.Position;
import org.claimcheck.text.Span;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Qualifier;
import org.claimcheck.value.Value;

/**
 * One dated or numeric claim in an article: where it stands, the value it states (normalized, with its
 * precision and qualifier), and what it is about when the sentence says so.
 *
 * @param text the value phrase exactly as in the article ("$147 billion", "16 July 2001")
 * @param span where {@code text} stands in the article text; always inside {@code sentenceSpan}
 * @param position line and column of the span's start in the source file
 * @param subjectPhrase the subject phrase ("the Power of Siberia pipeline") and where it stands, null when the
 *     sentence names none
 * @param predicatePhrase the words saying what happened or what is measured ("began operations", "trade") and
 *     where they stand, or null
 * @param period the period a measure refers to ("in 2021" for trade), or null
 * @param record true when the text calls the value a record ("a record $147 billion")
 * @param resolution how a relative date was resolved ("last year = 2021, from the publication date
 *     2022-03-04"), or null for absolute values
 * @param fingerprint stable identity of the claim, independent of line numbers and of edits elsewhere
 * @param words the words of its sentence with their lemmas and part-of-speech tags, in order; empty when the
 *     sentence was not tagged (a claim written by hand)
 */
public record Claim(
        String articleId,
        ClaimKind kind,
        String text,
        Span span,
        Position position,
        int sentenceIndex,
        Span sentenceSpan,
        String sentence,
        Value value,
        Qualifier qualifier,
        boolean record,
        Phrase subjectPhrase,
        Phrase predicatePhrase,
        DateValue period,
        String resolution,
        String fingerprint,
        List<ClaimWord> words) {

    public Claim {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(sentenceSpan, "sentenceSpan");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(fingerprint, "fingerprint");
        words = List.copyOf(words);
        if (!sentenceSpan.contains(span)) {
            throw new IllegalArgumentException("claim span " + span + " lies outside its sentence " + sentenceSpan);
        }
        for (Phrase phrase : new Phrase[] {subjectPhrase, predicatePhrase}) {
            if (phrase != null && phrase.span() != null && !sentenceSpan.contains(phrase.span())) {
                throw new IllegalArgumentException("phrase \"" + phrase.text() + "\" at " + phrase.span()
                        + " lies outside its sentence " + sentenceSpan);
            }
        }
        if (!words.isEmpty() && words.get(words.size() - 1).end() > sentence.length()) {
            throw new IllegalArgumentException("a word lies outside the sentence: " + words.get(words.size() - 1));
        }
    }

    /**
     * A claim whose subject and predicate are given as words (built by hand): each is placed at its occurrence in
     * the sentence nearest the value.
     */
    public Claim(String articleId, ClaimKind kind, String text, Span span, Position position, int sentenceIndex,
            Span sentenceSpan, String sentence, Value value, Qualifier qualifier, boolean record, String subject,
            String predicate, DateValue period, String resolution, String fingerprint, List<ClaimWord> words) {
        this(articleId, kind, text, span, position, sentenceIndex, sentenceSpan, sentence, value, qualifier, record,
                Phrase.placed(subject, sentence, sentenceSpan.start(), span.start() - sentenceSpan.start()),
                Phrase.placed(predicate, sentence, sentenceSpan.start(), span.start() - sentenceSpan.start()),
                period, resolution, fingerprint, words);
    }

    /** A claim built by hand whose sentence's words are not known. */
    public Claim(String articleId, ClaimKind kind, String text, Span span, Position position, int sentenceIndex,
            Span sentenceSpan, String sentence, Value value, Qualifier qualifier, boolean record, String subject,
            String predicate, DateValue period, String resolution, String fingerprint) {
        this(articleId, kind, text, span, position, sentenceIndex, sentenceSpan, sentence, value, qualifier, record,
                subject, predicate, period, resolution, fingerprint, List.of());
    }

    /** The same claim with another period and resolution (a period read from elsewhere in the article). */
    public Claim withPeriod(DateValue newPeriod, String newResolution) {
        return new Claim(articleId, kind, text, span, position, sentenceIndex, sentenceSpan, sentence, value,
                qualifier, record, subjectPhrase, predicatePhrase, newPeriod, newResolution, fingerprint, words);
    }

    /** The subject phrase's words, or null when the sentence names none. */
    public String subject() {
        return subjectPhrase == null ? null : subjectPhrase.text();
    }

    /** The predicate's words, or null. */
    public String predicate() {
        return predicatePhrase == null ? null : predicatePhrase.text();
    }

    public Optional<String> findSubject() {
        return Optional.ofNullable(subject());
    }

    public Optional<String> findPredicate() {
        return Optional.ofNullable(predicate());
    }

    public Optional<DateValue> findPeriod() {
        return Optional.ofNullable(period);
    }

    /** A day given only as a weekday ("on Thursday"), counted back from the publication date. */
    public boolean isWeekday() {
        return kind == ClaimKind.DATE && RelativeDates.isWeekday(text);
    }

    /**
     * A month or a day of a month without its year ("on July 14"), whose year was taken from the publication
     * date; "last March" and a weekday state theirs relative to the writing.
     */
    public boolean yearNotStated() {
        return kind == ClaimKind.DATE && RelativeDates.yearNotStated(text, resolution);
    }

    /**
     * A day or month without its year ("On 10 October, both sides agreed …") on a page with no publication date,
     * given the year the text before it tells of.
     */
    public boolean yearFromText() {
        return yearNotStated() && RelativeDates.yearFromText(resolution);
    }

    public Optional<String> findResolution() {
        return Optional.ofNullable(resolution);
    }
}
