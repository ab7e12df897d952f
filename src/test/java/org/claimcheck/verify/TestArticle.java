package org.claimcheck.verify;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.extract.ClaimWord;
import org.claimcheck.ingest.Article;
import org.claimcheck.ingest.ArticleMeta;
import org.claimcheck.nlp.Lemmas;
import org.claimcheck.text.LineMap;
import org.claimcheck.text.Span;
import org.claimcheck.value.Amount;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Qualifier;
import org.claimcheck.value.Unit;
import org.claimcheck.value.Value;
import org.claimcheck.value.ValueGrammar;

/**
 * An article written in a test, one paragraph per line, with claims placed by their text: the claim's span,
 * sentence, line and column are found in the article, so a test only says what extraction would have said.
 */
public final class TestArticle {


    private final String text;
    private final LocalDate published;
    private String title = "Test";
    private final List<Span> sentences = new ArrayList<>();

    private TestArticle(LocalDate published, String... paragraphs) {
        this.published = published;
        this.text = String.join("\n", paragraphs);
        Matcher m = Pattern.compile("[^\\n]+").matcher(text);
        while (m.find()) {
            splitParagraph(m.start(), m.group());
        }
    }

    private void splitParagraph(int offset, String paragraph) {
        int start = 0;
        Matcher end = Pattern.compile("[.!?][\"'\u201d)]*(\\s+|$)").matcher(paragraph);
        while (end.find()) {
            if (end.start() + 1 < paragraph.length() && Character.isDigit(paragraph.charAt(end.start() + 1))) {
                continue;
            }
            int stop = end.start() + (end.group().length() - end.group(1).length());
            sentences.add(new Span(offset + start, offset + stop));
            start = end.end();
        }
        if (start < paragraph.length()) {
            sentences.add(new Span(offset + start, offset + paragraph.length()));
        }
    }

    public static TestArticle published(String date, String... paragraphs) {
        return new TestArticle(LocalDate.parse(date), paragraphs);
    }

    public static TestArticle undated(String... paragraphs) {
        return new TestArticle(null, paragraphs);
    }

    public TestArticle titled(String t) {
        this.title = t;
        return this;
    }

    public Article article() {
        LineMap lines = LineMap.of(text);
        return new Article("news/test.txt", "news/test.txt", new ArticleMeta(title, published, null, false), text,
                lines::position);
    }

    /** A claim on the first occurrence of {@code phrase}; its value is read from the phrase unless set. */
    public ClaimSpec claim(String phrase) {
        return new ClaimSpec(phrase);
    }

    /** What extraction would say about one value phrase. */
    public final class ClaimSpec {
        private final String phrase;
        private int occurrence = 1;
        private Value value;
        private ClaimKind kind;
        private Qualifier qualifier = Qualifier.EXACT;
        private boolean record;
        private String subject;
        private String predicate;
        private DateValue period;
        private String resolution;
        private String tagged;

        private ClaimSpec(String phrase) {
            this.phrase = phrase;
        }

        public ClaimSpec occurrence(int n) {
            occurrence = n;
            return this;
        }

        public ClaimSpec value(String canonical) {
            value = ValueGrammar.parse(canonical);
            return this;
        }

        public ClaimSpec value(Value v) {
            value = v;
            return this;
        }

        public ClaimSpec kind(ClaimKind k) {
            kind = k;
            return this;
        }

        public ClaimSpec qualifier(Qualifier q) {
            qualifier = q;
            return this;
        }

        public ClaimSpec record() {
            record = true;
            return this;
        }

        public ClaimSpec subject(String s) {
            subject = s;
            return this;
        }

        public ClaimSpec predicate(String p) {
            predicate = p;
            return this;
        }

        public ClaimSpec period(String p) {
            period = ValueGrammar.requireDate(p);
            return this;
        }

        public ClaimSpec resolution(String r) {
            resolution = r;
            return this;
        }

        /**
         * The sentence's words as the tagger would read them, "word/TAG" in order ("NATO/NNP signed/VBD …");
         * lemmas are the pipeline's own for the word and tag.
         */
        public ClaimSpec tagged(String words) {
            tagged = words;
            return this;
        }

        private List<ClaimWord> words(String sentence) {
            List<ClaimWord> words = new ArrayList<>();
            if (tagged == null) {
                return words;
            }
            int from = 0;
            for (String token : tagged.trim().split("\\s+")) {
                int slash = token.lastIndexOf('/');
                String word = token.substring(0, slash);
                int at = sentence.indexOf(word, from);
                if (at < 0) {
                    throw new IllegalArgumentException("\"" + word + "\" is not in the sentence after offset " + from);
                }
                String tag = token.substring(slash + 1);
                words.add(new ClaimWord(at, at + word.length(), Lemmas.of(word, tag), tag));
                from = at + word.length();
            }
            return words;
        }

        public Claim build() {
            int at = -1;
            for (int i = 0; i < occurrence; i++) {
                at = text.indexOf(phrase, at + 1);
                if (at < 0) {
                    throw new IllegalArgumentException("\"" + phrase + "\" occurs fewer than " + occurrence + " times");
                }
            }
            Span span = new Span(at, at + phrase.length());
            int index = 0;
            while (!sentences.get(index).contains(span)) {
                index++;
            }
            Span sentence = sentences.get(index);
            Value v = value != null ? value : read(phrase);
            return new Claim("news/test.txt", kind != null ? kind : kindOf(v), phrase, span,
                    LineMap.of(text).position(at), index, sentence, sentence.of(text), v, qualifier, record,
                    subject, predicate, period, resolution, "fp-" + at, words(sentence.of(text)));
        }
    }

    /** Reads the phrase as a date or amount, or as an article amount ("$146.9bn") when the grammar wants more. */
    private static Value read(String phrase) {
        try {
            return ValueGrammar.parse(phrase);
        } catch (IllegalArgumentException e) {
            return ValueGrammar.parseAmount(phrase).orElseThrow(() -> e);
        }
    }

    public static ClaimKind kindOf(Value v) {
        if (v instanceof Amount a) {
            Unit u = a.unit();
            if (u.isCurrency()) {
                return ClaimKind.MONEY;
            }
            if (u.code().equals("%")) {
                return ClaimKind.PERCENT;
            }
            return u.code().isEmpty() ? ClaimKind.NUMBER : ClaimKind.QUANTITY;
        }
        return ClaimKind.DATE;
    }
}
