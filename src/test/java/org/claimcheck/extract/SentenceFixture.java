package org.claimcheck.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.claimcheck.ingest.Article;
import org.claimcheck.ingest.ArticleMeta;
import org.claimcheck.nlp.AnnotatedArticle;
import org.claimcheck.nlp.Mention;
import org.claimcheck.nlp.MentionType;
import org.claimcheck.nlp.Sentence;
import org.claimcheck.nlp.Token;
import org.claimcheck.text.LineMap;
import org.claimcheck.text.Span;

/**
 * Builds annotated one-sentence articles by hand, in the shape CoreNLP returns them, so that extraction
 * rules are tested without loading models. Tokens are written {@code word/POS}; mentions name their type,
 * exact text and normalized value, as observed from CoreNLP 4.5.10 on the same sentence, and tag their tokens.
 */
final class SentenceFixture {

    private final String tagged;
    private final List<String[]> mentions = new ArrayList<>();
    private LocalDate published;

    private SentenceFixture(String tagged) {
        this.tagged = tagged;
    }

    static SentenceFixture of(String tagged) {
        return new SentenceFixture(tagged);
    }

    SentenceFixture mention(String type, String text, String normalized) {
        mentions.add(new String[] {type, text, normalized});
        return this;
    }

    SentenceFixture published(String date) {
        this.published = LocalDate.parse(date);
        return this;
    }

    AnnotatedArticle build() {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        String previousPos = "";
        for (String item : tagged.trim().split("\\s+")) {
            int slash = item.lastIndexOf('/');
            String word = item.substring(0, slash);
            String pos = item.substring(slash + 1);
            boolean glue = !text.isEmpty() && (pos.equals(".") || pos.equals(",") || pos.equals("POS")
                    || text.toString().endsWith("$") || word.equals("%") || word.equals("bn")
                    || pos.equals("HYPH") || previousPos.equals("HYPH"));
            previousPos = pos;
            if (!text.isEmpty() && !glue) {
                text.append(' ');
            }
            int start = text.length();
            text.append(word);
            tokens.add(new Token(word, new Span(start, text.length()), pos, lemma(word, pos), "O"));
        }
        String s = text.toString();
        List<Mention> ms = new ArrayList<>();
        int searchFrom = 0;
        for (String[] m : mentions) {
            int at = s.indexOf(m[1], searchFrom);
            if (at < 0) {
                throw new IllegalArgumentException("mention \"" + m[1] + "\" not in: " + s);
            }
            searchFrom = at + m[1].length();
            ms.add(new Mention(MentionType.valueOf(m[0]), new Span(at, at + m[1].length()), m[1], m[2],
                    m[0].equals("DATE") ? "DATE" : null));
        }
        // CoreNLP tags every token of a mention with the mention's type.
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            for (Mention m : ms) {
                if (m.span().start() <= t.span().start() && t.span().end() <= m.span().end()) {
                    tokens.set(i, new Token(t.word(), t.span(), t.pos(), t.lemma(), m.type().name()));
                }
            }
        }
        LineMap lines = LineMap.of(s);
        Article article = new Article("fixture.txt", "fixture.txt", new ArticleMeta(null, published, null, false), s,
                lines::position);
        return new AnnotatedArticle(article, List.of(new Sentence(0, new Span(0, s.length()), s, tokens, ms)));
    }

    /** Enough of a lemmatizer for the verbs fixtures use. */
    private static String lemma(String word, String pos) {
        String w = word.toLowerCase();
        if (!pos.startsWith("VB")) {
            return w;
        }
        return switch (w) {
            case "was", "were", "is", "are", "been", "being" -> "be";
            case "has", "had" -> "have";
            case "began", "begun" -> "begin";
            case "grew" -> "grow";
            case "rose" -> "rise";
            case "fell" -> "fall";
            case "stood" -> "stand";
            case "hit" -> "hit";
            case "carried" -> "carry";
            case "said" -> "say";
            case "told" -> "tell";
            case "wrote" -> "write";
            case "spoke" -> "speak";
            default -> w.endsWith("ed") ? w.substring(0, w.length() - 2) : w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        };
    }
}
