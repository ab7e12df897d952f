package org.claimcheck.verify.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimWord;
import org.claimcheck.verify.words.ClaimGeometry;
import org.claimcheck.verify.words.TaggedWords;

/**
 * "Exports and imports reached $150 billion and $500 billion respectively": a list of figures closed by
 * "respectively" pairs, in order, with the list of measures named before it. The n-th figure is the n-th
 * measure's; the other measures of that list are not its. When the lists do not pair off (two measures, three
 * figures), no measure of the list is known to be the figure's, so none is. One attribute for several figures
 * ("Armenia and Kyrgyzstan joined on 2 January and 12 August 2015, respectively") pairs them with the subjects
 * listed before them instead, in the same way, when as many are listed as there are figures.
 */
final class Respectively {

    private Respectively() {
    }

    /**
     * The candidates {@code claim} may state, given its place in a list closed by "respectively": the one paired
     * with it, with the candidates named outside the list's measures kept; {@code candidates} unchanged when the
     * claim is in no such list.
     */
    static List<AttributeCandidate> narrow(Claim claim, List<Claim> sentenceClaims,
            List<AttributeCandidate> candidates) {
        List<Claim> list = listOf(claim, sentenceClaims);
        if (list.size() < 2) {
            return candidates;
        }
        int listStart = ClaimGeometry.valueStart(list.get(0));
        List<AttributeCandidate> named = namedBefore(claim, listStart, candidates);
        if (named.size() < 2 || !coordinated(claim, named)) {
            return candidates;
        }
        List<AttributeCandidate> kept = new ArrayList<>(candidates);
        kept.removeIf(a -> a.located() && a.end() <= listStart);
        if (named.size() == list.size()) {
            kept.add(named.get(list.indexOf(claim)));
        }
        return List.copyOf(kept);
    }

    /**
     * The subjects {@code claim} may be about, given its place in a list closed by "respectively" that no list of
     * measures pairs with: when as many names are listed before the figures as there are figures ("Armenia and
     * Kyrgyzstan", "Russia, China and India"), the one in the claim's place, with the subjects named elsewhere
     * kept; {@code candidates} unchanged otherwise.
     */
    static List<SubjectCandidate> narrowSubjects(Claim claim, List<Claim> sentenceClaims,
            List<SubjectCandidate> candidates, List<AttributeCandidate> attributes) {
        List<Claim> list = listOf(claim, sentenceClaims);
        if (list.size() < 2) {
            return candidates;
        }
        int listStart = ClaimGeometry.valueStart(list.get(0));
        List<AttributeCandidate> measures = namedBefore(claim, listStart, attributes);
        if (measures.size() >= 2 && coordinated(claim, measures)) {
            return candidates; // the figures pair with the measures
        }
        List<Named> names = new ArrayList<>();
        for (SubjectCandidate s : candidates) {
            int at = s.place().beforeSentence() || s.anaphor() ? -1
                    : claim.sentence().lastIndexOf(s.matched(), listStart - 1);
            if (at >= 0 && at + s.matched().length() <= listStart) {
                names.add(new Named(at, at + s.matched().length(), s));
            }
        }
        names.sort(Comparator.comparingInt(Named::start).thenComparing(n -> n.end() - n.start(),
                Comparator.reverseOrder()));
        // a name inside a longer one ("China" in "People's Republic of China") is no name of the list; one name
        // that two subjects share says nothing about which of them is listed
        List<Named> outermost = new ArrayList<>();
        for (Named n : names) {
            Named last = outermost.isEmpty() ? null : outermost.get(outermost.size() - 1);
            if (last != null && last.start() == n.start() && last.end() == n.end()) {
                return candidates;
            }
            if (last == null || n.start() >= last.end()) {
                outermost.add(n);
            }
        }
        List<List<Named>> runs = runsOfNames(claim, outermost).stream().filter(r -> r.size() == list.size()).toList();
        if (runs.size() != 1) {
            return candidates; // no list of names pairs off with the figures, or two do
        }
        List<SubjectCandidate> run = runs.get(0).stream().map(Named::candidate).toList();
        SubjectCandidate paired = run.get(list.indexOf(claim));
        List<SubjectCandidate> kept = new ArrayList<>(candidates);
        kept.removeIf(s -> run.contains(s) && s != paired);
        return List.copyOf(kept);
    }

    /** A subject candidate named at {@code [start, end)} of the sentence. */
    private record Named(int start, int end, SubjectCandidate candidate) {
    }

    /**
     * The names, in sentence order, grouped into lists: names with only commas, "and", "&" or a possessive between
     * them ("Armenia and Kyrgyzstan", "Armenia's and Kyrgyzstan's") are one list; "Armenia and Kyrgyzstan joined the
     * Eurasian Economic Union" has two, the joiners and the union.
     */
    private static List<List<Named>> runsOfNames(Claim claim, List<Named> names) {
        List<List<Named>> runs = new ArrayList<>();
        List<Named> run = new ArrayList<>();
        for (Named name : names) {
            if (!run.isEmpty() && !joinedNames(claim, run.get(run.size() - 1), name)) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(name);
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private static boolean joinedNames(Claim claim, Named a, Named b) {
        return LIST_JOINERS.containsAll(TaggedWords.lowerWithin(claim, a.end(), b.start()));
    }

    private static final Set<String> LIST_JOINERS = Set.of(",", "and", "&", "'s", "\u2019s");

    /**
     * The measures named by nouns before the listed figures, which start at {@code listStart}: each phrase once, in the
     * order the text names them.
     */
    private static List<AttributeCandidate> namedBefore(Claim claim, int listStart,
            List<AttributeCandidate> candidates) {
        List<AttributeCandidate> named = new ArrayList<>(candidates.stream()
                .filter(a -> a.located() && a.end() <= listStart && !hasVerb(claim, a.start(), a.end()))
                .sorted(Comparator.comparingInt(AttributeCandidate::start)).toList());
        removeOverlapping(named);
        return named;
    }

    /**
     * Whether the measures are named in one noun phrase, with no verb between them ("the interest rate on the main
     * refinancing operations and the interest rates on the marginal lending facility and the deposit facility").
     * Phrases a verb parts ("Armenia's and Kyrgyzstan's accession … were signed") are no list the figures pair with.
     */
    private static boolean coordinated(Claim claim, List<AttributeCandidate> named) {
        for (int k = 1; k < named.size(); k++) {
            if (hasVerb(claim, named.get(k - 1).end(), named.get(k).start())) {
                return false;
            }
        }
        return true;
    }

    /** Whether a verb stands in {@code [from, to)} of the sentence ("were signed" names an event, not a measure). */
    private static boolean hasVerb(Claim claim, int from, int to) {
        return TaggedWords.within(claim, from, to).stream()
                .anyMatch(w -> w.isVerb() || w.tag().isEmpty() && VERB_LEMMAS.contains(w.lemma()));
    }

    /** Verbs an untagged sentence still shows: "were", "has". */
    private static final Set<String> VERB_LEMMAS = Set.of("be", "have");

    /** Keeps the longer of phrases that overlap ("main refinancing" inside "main refinancing operations"). */
    private static void removeOverlapping(List<AttributeCandidate> named) {
        for (int i = named.size() - 1; i > 0; i--) {
            if (named.get(i).start() < named.get(i - 1).end()) {
                named.remove(named.get(i).end() - named.get(i).start() > named.get(i - 1).end() - named.get(i - 1).start()
                        ? i - 1 : i);
            }
        }
    }

    /**
     * The figures of the sentence listed with {@code claim} ("$150 billion and $500 billion", "4.50%, 4.75% and
     * 4.00%"): claims of its kind joined only by commas, "and" or "or", and followed at once by "respectively";
     * empty when the claim is in no such list.
     */
    static List<Claim> listOf(Claim claim, List<Claim> sentenceClaims) {
        List<Claim> ordered = sentenceClaims.stream().filter(c -> c.kind() == claim.kind())
                .sorted(Comparator.comparingInt(ClaimGeometry::valueStart)).toList();
        int at = ordered.indexOf(claim);
        if (at < 0) {
            return List.of();
        }
        int first = at;
        while (first > 0 && joined(claim, ordered.get(first - 1), ordered.get(first))) {
            first--;
        }
        int last = at;
        while (last + 1 < ordered.size() && joined(claim, ordered.get(last), ordered.get(last + 1))) {
            last++;
        }
        if (first == last || !respectivelyAfter(claim, ClaimGeometry.valueEnd(ordered.get(last)))) {
            return List.of();
        }
        return ordered.subList(first, last + 1);
    }

    /** Nothing but commas and one "and" or "or" between two figures. */
    private static boolean joined(Claim claim, Claim a, Claim b) {
        int from = ClaimGeometry.valueEnd(a);
        int to = ClaimGeometry.valueStart(b);
        if (to < from) {
            return false;
        }
        int conjunctions = 0;
        for (String word : TaggedWords.lowerWithin(claim, from, to)) {
            if (word.equals("and") || word.equals("or")) {
                conjunctions++;
            } else if (!word.equals(",")) {
                return false;
            }
        }
        return conjunctions <= 1;
    }

    /** "respectively" as the next word after {@code end}, a comma aside. */
    private static boolean respectivelyAfter(Claim claim, int end) {
        for (ClaimWord w : TaggedWords.orLemmatized(claim)) {
            if (w.start() < end) {
                continue;
            }
            String word = w.lowerIn(claim.sentence());
            if (word.equals(",")) {
                continue;
            }
            return word.equals("respectively");
        }
        return false;
    }
}
