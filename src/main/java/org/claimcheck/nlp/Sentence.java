package org.claimcheck.nlp;

import java.util.List;
import org.claimcheck.text.Span;

/**
 * One sentence: its index in the article, span and text, tokens and entity mentions in text order. A sentence
 * the {@link SentenceFilter prefilter} found no possible date or number in was not tagged: it has its index,
 * span and text, and no tokens or mentions.
 */
public record Sentence(int index, Span span, String text, List<Token> tokens, List<Mention> mentions) {

    public Sentence {
        tokens = List.copyOf(tokens);
        mentions = List.copyOf(mentions);
        if (span.length() != text.length()) {
            throw new IllegalArgumentException("sentence text does not match its span");
        }
    }
}
