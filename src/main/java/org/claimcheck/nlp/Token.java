package org.claimcheck.nlp;

import org.claimcheck.text.Span;

/** One token with its span in the article text, part-of-speech tag, lemma and raw NER tag ("O" when none). */
public record Token(String word, Span span, String pos, String lemma, String ner) {
}
