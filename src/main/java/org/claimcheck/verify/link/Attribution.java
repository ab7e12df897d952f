package org.claimcheck.verify.link;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimWord;
import org.claimcheck.verify.words.ClaimGeometry;
import org.claimcheck.verify.words.TaggedWords;

/**
 * Whether a claim's predicate only attributes a date or figure to a source: "some timelines date the
 * annexation to 18 March 2015", "an encyclopedia gives the signing as 8 December 1998", "readers see it quoted
 * as $100 million". Its grammatical subject is then the source, not what the claim is about. ("Record" is left
 * out: "a record $147 billion" says something else.) Read from the sentence's words and their lemmas.
 */
final class Attribution {

    /** Verbs that give a value as a source's, by lemma: "dated", "puts", "quoted", "summarised". */
    private static final Set<String> ATTRIBUTING = Set.of("date", "place", "put", "give", "quote", "cite", "report",
            "list", "describe", "summarise", "summarize", "characterise", "characterize");

    /** Verbs a publication says or gives something with, by lemma: "says", "gave", "credits", "announced". */
    private static final Set<String> SAYS = Set.of("say", "claim", "state", "write", "give", "put", "list",
            "maintain", "assert", "suggest", "record", "recall", "insist", "hold", "report", "mention", "summarise",
            "summarize", "describe", "credit", "announce");

    /** Works of reference and publications, by lemma of their last word: "textbook", "reference works". */
    private static final Set<String> PUBLICATIONS = Set.of("textbook", "encyclopedia", "encyclopaedia", "report",
            "timeline", "chronology", "history", "account", "brochure", "article", "website", "book", "study",
            "paper", "source", "guide", "almanac", "infographic", "entry", "biography", "obituary", "yearbook",
            "factsheet", "profile", "newsletter", "magazine", "newspaper", "bulletin", "outlet", "note");
    /** Two-word publications, by the lemmas of both words: "reference works", "press release", "think tank". */
    private static final Set<String> PUBLICATION_PAIRS = Set.of("reference work", "press release", "fact sheet",
            "think tank", "think-tank", "wire service");

    /** Adverbs between a publication and its verb: "some reference works still give". */
    private static final Set<String> ADVERBS = Set.of("still", "also", "even", "often", "sometimes", "wrongly",
            "mistakenly", "erroneously", "repeatedly", "simply", "later", "earlier", "once", "recently");

    /**
     * A short modifier between a publication and its verb ("published in Moscow", "circulated among diplomats"):
     * one of these participles and up to four words after it.
     */
    private static final Set<String> MODIFIERS = Set.of("published", "circulated", "issued", "released", "posted",
            "written", "compiled", "prepared", "seen", "cited", "produced");
    private static final int MAX_MODIFIER_WORDS = 4;

    /** Words that open one of several sources' report: "another announced", "a third put …". */
    private static final Set<String> ONE_OF_THEM = Set.of("one", "another", "others");
    private static final Set<String> ORDINALS = Set.of("second", "third", "fourth");

    private static final Set<String> PARTICLES = Set.of("forward", "off", "on", "into", "up", "down", "out", "in",
            "aside", "together", "back");

    private Attribution() {
    }

    static boolean isSource(Claim claim) {
        return reportedInItsClause(claim) || attributingPredicate(claim);
    }

    /**
     * A work of reference or a publication that says or gives something, in the value's own clause before the
     * value: "a university textbook says oil first flowed on 1 January 2012", "some reference works still give
     * the start date as …". Speech verbs count only after such a noun: a person who "said" something in 2019 is
     * the event's participant, not a source quoted about it.
     */
    private static boolean reportedInItsClause(Claim claim) {
        int value = ClaimGeometry.valueStart(claim);
        int from = Clauses.startBefore(claim, value);
        List<ClaimWord> clause = TaggedWords.within(claim, from, value).stream()
                .filter(w -> !w.lemma().equals("-")).toList();
        String sentence = claim.sentence();
        for (int i = 0; i < clause.size(); i++) {
            int verb = publicationAt(clause, i, sentence);
            if (verb >= 0 && says(clause, skipModifier(clause, verb, sentence), sentence)) {
                return true;
            }
        }
        return oneOfThemSays(clause, sentence);
    }

    /** The index after the publication that ends at word {@code i}, or -1 when none does. */
    private static int publicationAt(List<ClaimWord> words, int i, String sentence) {
        String lemma = lemma(words.get(i));
        if (PUBLICATIONS.contains(lemma) || lemma.equals("think-tank")) {
            return i + 1;
        }
        return i > 0 && PUBLICATION_PAIRS.contains(lemma(words.get(i - 1)) + " " + lemma) ? i + 1 : -1;
    }

    /** "published in Moscow" after a publication: the index after it, or {@code at} when there is none. */
    private static int skipModifier(List<ClaimWord> words, int at, String sentence) {
        if (at >= words.size() || !MODIFIERS.contains(words.get(at).lowerIn(sentence))) {
            return at;
        }
        // The modifier's few words, then the verb: try each length, as the text does not mark where they end.
        for (int n = 1; n <= MAX_MODIFIER_WORDS && at + 1 + n < words.size(); n++) {
            if (says(words, at + 1 + n, sentence)) {
                return at + 1 + n;
            }
        }
        return at;
    }

    /** Whether a verb of saying stands at {@code at}, after one adverb at most. */
    private static boolean says(List<ClaimWord> words, int at, String sentence) {
        int i = at < words.size() && ADVERBS.contains(words.get(at).lowerIn(sentence)) ? at + 1 : at;
        return i < words.size() && SAYS.contains(lemma(words.get(i)))
                && (words.get(i).isVerb() || words.get(i).tag().isEmpty());
    }

    /** "…; another announced that cargo had passed …", "a third put the total at …": one of several sources. */
    private static boolean oneOfThemSays(List<ClaimWord> clause, String sentence) {
        int i = !clause.isEmpty() && clause.get(0).lowerIn(sentence).equals("and") ? 1 : 0;
        if (i < clause.size() && ONE_OF_THEM.contains(clause.get(i).lowerIn(sentence))) {
            return says(clause, i + 1, sentence);
        }
        boolean ordinal = i + 1 < clause.size() && clause.get(i).lowerIn(sentence).equals("a")
                && ORDINALS.contains(clause.get(i + 1).lowerIn(sentence));
        return ordinal && says(clause, i + 2, sentence);
    }

    private static boolean attributingPredicate(Claim claim) {
        int[] at = ClaimGeometry.predicate(claim);
        if (at == null) {
            return false;
        }
        String sentence = claim.sentence();
        List<ClaimWord> words = TaggedWords.within(claim, at[0], at[1]);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).lowerIn(sentence);
            String next = i + 1 < words.size() ? words.get(i + 1).lowerIn(sentence) : "";
            // "put forward a proposal", "put into operation": a phrasal verb, not a source's figure; "an agreement
            // dated 8 December 1991": the date of a document, not a source dating something
            boolean phrasal = PARTICLES.contains(next);
            boolean ofDate = word.equals("dated") && i == words.size() - 1;
            boolean attributing = ATTRIBUTING.contains(lemma(words.get(i))) || word.equals("recorded");
            if (attributing && !phrasal && !ofDate) {
                return true;
            }
        }
        return false;
    }

    /** The word's lemma, lower-case. */
    private static String lemma(ClaimWord w) {
        return w.lemma().toLowerCase(Locale.ROOT);
    }
}
