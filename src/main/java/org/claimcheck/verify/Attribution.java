package org.claimcheck.verify;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimcheck.extract.Claim;

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
            "aside", "together");
}
