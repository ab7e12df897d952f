package org.claimcheck.bench;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimExtractor;
import org.claimcheck.ingest.Article;
import org.claimcheck.nlp.AnnotatedArticle;
import org.claimcheck.nlp.ArticleAnnotator;
import org.claimcheck.nlp.Mention;
import org.claimcheck.nlp.MentionType;
import org.claimcheck.nlp.Sentence;
import org.claimcheck.nlp.Token;

/**
 * Proves the prefilter on real text: annotates each article with and without it, and compares the claims
 * extracted (they must be identical) and the mentions of every sentence (a kept sentence must carry exactly
 * the dates, numbers and other values the full pipeline gives it, its names only where the name filter let the
 * CRF run; a skipped one must have had no date or number to lose). Mentions
 * that only refer to the present, past or future ("now", "once", "the future": timex values ending in
 * {@code _REF}) are counted, not reported: they name no date, so no claim can come from them.
 */
public final class PrefilterCheck {

    /** The outcome: counts, and every difference found, described for a reader. */
    public record Result(int articles, int claims, long sentences, long skippedSentences, int skippedReferences,
            List<String> claimDifferences, List<String> mentionDifferences) {

        public Result {
            claimDifferences = List.copyOf(claimDifferences);
            mentionDifferences = List.copyOf(mentionDifferences);
        }

        /** True when the prefilter changed no claim. */
        public boolean sameClaims() {
            return claimDifferences.isEmpty();
        }

        /**
         * Differences where the prefilter lost something: a date or number in a skipped sentence, or a sentence
         * split differently. A sentence tagged in both runs may still get a different normalized value for a
         * relative expression ("on Friday"), since SUTime resolves against the other temporal expressions of the
         * document it sees (and keeps state across documents, CoreNLP issue #1061); those differences count only
         * when they change a claim, which {@link #claimDifferences()} reports.
         */
        public List<String> lostMentions() {
            return mentionDifferences.stream().filter(d -> !d.contains(" tagged differently: ")).toList();
        }
    }

    private final ArticleAnnotator filtered;
    private final ArticleAnnotator full;
    private final ClaimExtractor extractor = new ClaimExtractor();

    public PrefilterCheck(ArticleAnnotator filtered, ArticleAnnotator full) {
        this.filtered = filtered;
        this.full = full;
    }

    public Result run(List<Article> articles) {
        int claims = 0;
        long sentences = 0;
        long skipped = 0;
        int references = 0;
        List<String> claimDiffs = new ArrayList<>();
        List<String> mentionDiffs = new ArrayList<>();
        for (Article article : articles) {
            AnnotatedArticle a = filtered.annotate(article);
            AnnotatedArticle b = full.annotate(article);
            List<Claim> withFilter = extractor.extract(a);
            List<Claim> without = extractor.extract(b);
            claims += without.size();
            compareClaims(article, withFilter, without, claimDiffs);
            sentences += b.sentences().size();
            for (int i = 0; i < b.sentences().size(); i++) {
                Sentence fs = i < a.sentences().size() ? a.sentences().get(i) : null;
                Sentence ref = b.sentences().get(i);
                if (fs == null || !fs.span().equals(ref.span())) {
                    mentionDiffs.add(article.id() + ": sentence " + i + " split differently");
                    continue;
                }
                boolean wasSkipped = fs.tokens().isEmpty() && !ref.tokens().isEmpty();
                if (wasSkipped) {
                    skipped++;
                    for (Mention m : ref.mentions()) {
                        if (isReference(m)) {
                            references++;
                        } else if (m.type().isNumericOrTemporal()) {
                            mentionDiffs.add(describe(article, "skipped sentence held", m));
                        }
                    }
                } else if (!valuesOf(fs).equals(valuesOf(ref)) || !tagsWithoutNames(fs).equals(tagsWithoutNames(ref))) {
                    mentionDiffs.add(article.id() + ": sentence " + i + " tagged differently: " + ref.text()
                            + difference(valuesOf(fs), valuesOf(ref)));
                }
            }
        }
        return new Result(articles.size(), claims, sentences, skipped, references, claimDiffs, mentionDiffs);
    }

    private static void compareClaims(Article article, List<Claim> withFilter, List<Claim> without, List<String> out) {
        for (Claim c : without) {
            if (!withFilter.contains(c)) {
                out.add(article.id() + ": lost " + c.kind() + " \"" + c.text() + "\" in: " + c.sentence());
            }
        }
        for (Claim c : withFilter) {
            if (!without.contains(c)) {
                out.add(article.id() + ": added " + c.kind() + " \"" + c.text() + "\" in: " + c.sentence());
            }
        }
        if (out.isEmpty() && !withFilter.equals(without)) {
            out.add(article.id() + ": same claims in a different order");
        }
    }

    /** " (without the prefilter: …; with it: …)" naming the mentions only one of the two runs found. */
    private static String difference(List<Mention> with, List<Mention> without) {
        List<String> onlyWithout = without.stream().filter(m -> !with.contains(m)).map(PrefilterCheck::show).toList();
        List<String> onlyWith = with.stream().filter(m -> !without.contains(m)).map(PrefilterCheck::show).toList();
        return onlyWith.isEmpty() && onlyWithout.isEmpty() ? " (tokens)"
                : " (without the prefilter: " + onlyWithout + "; with it: " + onlyWith + ")";
    }

    private static String show(Mention m) {
        return m.type() + " \"" + m.text() + "\" = " + m.normalized();
    }

    /**
     * A sentence's mentions other than names, which the CRF alone gives and no claim reads, and other than
     * references to the present, past or future ("now", "recently"), which are never claims.
     */
    private static List<Mention> valuesOf(Sentence s) {
        return s.mentions().stream().filter(m -> !m.type().isName() && !isReference(m)).toList();
    }

    /**
     * A sentence's tokens with the tags of the mentions {@link #valuesOf} leaves out, names and references, read
     * as no tag.
     */
    private static List<Token> tagsWithoutNames(Sentence s) {
        List<Mention> other = s.mentions().stream().filter(m -> m.type().isName() || isReference(m)).toList();
        return s.tokens().stream()
                .map(t -> MentionType.fromTag(t.ner()).isName() || other.stream().anyMatch(m -> m.span().contains(t.span()))
                        ? new Token(t.word(), t.span(), t.pos(), t.lemma(), "O") : t)
                .toList();
    }

    private static boolean isReference(Mention m) {
        return m.normalized() != null && m.normalized().endsWith("_REF");
    }

    private static String describe(Article article, String what, Mention m) {
        return article.id() + ": " + what + " " + m.type() + " \"" + m.text() + "\" (" + m.normalized() + ")";
    }
}
