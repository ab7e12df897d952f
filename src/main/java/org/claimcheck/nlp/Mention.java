package org.claimcheck.nlp;

import java.util.Optional;
import org.claimcheck.text.Span;

/**
 * An entity mention as CoreNLP found it: type, span and exact text in the article, and the normalized value
 * CoreNLP gave it (a TIMEX value for dates, strings like {@code >$2.0E11} for money), null when none.
 *
 * @param timexType TIMEX3 type (DATE, SET, DURATION, TIME) for temporal mentions, else null
 */
public record Mention(MentionType type, Span span, String text, String normalized, String timexType) {

    public Optional<String> findNormalized() {
        return Optional.ofNullable(normalized);
    }
}
