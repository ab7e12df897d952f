package org.claimcheck.verify.link;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.claimcheck.extract.Claim;
import org.claimcheck.verify.words.ClaimGeometry;
import org.claimcheck.verify.words.Word;
import org.claimcheck.verify.words.Words;

/**
 * Whether a claim's predicate only attributes a date or figure to a source: "some timelines date the
 * annexation to 18 March 2015", "an encyclopedia gives the signing as 8 December 1998", "readers see it quoted
 * as $100 million". Its grammatical subject is then the source, not what the claim is about. ("Record" is left
 * out: "a record $147 billion" says something else.)
 */
final class Attribution {

    private static final Set<String> VERBS = Set.of("date", "dates", "dated", "dating", "place", "places", "placed",
            "placing", "put", "puts", "putting", "give", "gives", "gave", "given", "giving", "quote", "quotes",
            "quoted", "quoting", "cite", "cites", "cited", "citing", "report", "reports", "reported", "reporting",
            "list", "lists", "listed", "listing", "recorded", "describe", "describes", "described", "describing",
            "summarise", "summarises", "summarised", "summarising", "summarize", "summarizes", "summarized",
            "summarizing", "characterise", "characterises", "characterised", "characterize", "characterizes",
            "characterized");

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
        String sentence = claim.sentence();
        int value = ClaimGeometry.valueStart(claim);
        String clause = sentence.substring(Clauses.startBefore(claim, value), value);
        return SOURCE_SAYS.matcher(clause).find() || ONE_OF_THEM_SAYS.matcher(clause).find();
    }

    private static final String PUBLICATIONS = "(?:textbooks?|encyclop(?:a)?edias?|reports?"
            + "|reference works?|timelines?|chronolog(?:y|ies)|histor(?:y|ies)|accounts?|brochures?|articles?"
            + "|websites?|books?|stud(?:y|ies)|papers?|sources?|guides?|almanacs?|infographics?|entr(?:y|ies)"
            + "|press releases?|biograph(?:y|ies)|obituar(?:y|ies)|yearbooks?|fact ?sheets?|profiles?|think[ -]tanks?"
            + "|newsletters?|magazines?|newspapers?|bulletins?|outlets?|wire services?|notes?)";
    private static final String ADVERB = "(?:\\s+(?:still|also|even|often|sometimes|wrongly|mistakenly|erroneously"
            + "|repeatedly|simply|later|earlier|once|recently))?";
    private static final String SAYS = "\\s+(?:says|say|said|claims|claim|claimed|states|state|stated|writes|write"
            + "|wrote|gives|give|gave|puts|put|lists|list|maintains|maintain|asserts|assert|suggests|suggest|records"
            + "|record|recalls|recall|insists|insist|holds|hold|reports|report|reported|mentions|mention|summarised"
            + "|summarized|summarises|summarizes|described|describes|credits|credited|announced|announces)\\b";

    /**
     * "published in Moscow", "circulated among diplomats": a short modifier between the publication and its verb,
     * without a verb of its own in the present or past tense nor a clause break.
     */
    private static final String MODIFIER = "(?:\\s+(?:published|circulated|issued|released|posted|written|compiled"
            + "|prepared|seen|cited|produced)(?:\\s+[\\p{L}\\p{N}\u2019'-]+){1,4})?";

    /** "a textbook says", "some reference works still give", "a note circulated in Brussels claimed". */
    private static final Pattern SOURCE_SAYS = Pattern.compile("\\b" + PUBLICATIONS + MODIFIER + ADVERB + SAYS,
            Pattern.CASE_INSENSITIVE);

    /** "…; another announced that cargo had passed …", "a third put the total at …": one of several sources. */
    private static final Pattern ONE_OF_THEM_SAYS = Pattern.compile(
            "^\\s*(?:and\\s+)?(?:one|another|a second|a third|a fourth|others)" + ADVERB + SAYS,
            Pattern.CASE_INSENSITIVE);

    private static boolean attributingPredicate(Claim claim) {
        if (claim.findPredicate().isEmpty()) {
            return false;
        }
        List<Word> words = Words.of(claim.predicate());
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).text().toLowerCase(Locale.ROOT);
            String next = i + 1 < words.size() ? words.get(i + 1).text().toLowerCase(Locale.ROOT) : "";
            // "put forward a proposal", "put into operation": a phrasal verb, not a source's figure; "an agreement
            // dated 8 December 1991": the date of a document, not a source dating something
            boolean phrasal = PARTICLES.contains(next);
            boolean ofDate = w.equals("dated") && i == words.size() - 1;
            if (VERBS.contains(w) && !phrasal && !ofDate) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PARTICLES = Set.of("forward", "off", "on", "into", "up", "down", "out", "in",
            "aside", "together", "back");
}
