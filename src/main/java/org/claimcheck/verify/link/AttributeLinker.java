package org.claimcheck.verify.link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.claimcheck.extract.Anniversaries;
import org.claimcheck.extract.Claim;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.extract.ClaimWord;
import org.claimcheck.reference.Attribute;
import org.claimcheck.reference.AttributeKind;
import org.claimcheck.verify.words.ClaimGeometry;
import org.claimcheck.verify.words.TaggedWords;
import org.claimcheck.verify.words.Word;
import org.claimcheck.verify.words.Words;

/**
 * Finds the attributes a claim may state by their vocabulary, inflection-tolerant: first in the claim's
 * predicate, then elsewhere in the sentence. Only attributes of the claim's kind qualify: dates state events,
 * amounts state measures. An event phrase elsewhere in the sentence belongs to the first date after it in its
 * clause, else to the nearest date (one before the phrase only when close, in its clause), so in "began operations in 2019, two years before it was expanded in
 * 2021" the 2021 does not inherit "began operations".
 */
final class AttributeLinker {

    private final Map<Attribute, List<List<String>>> phrases = new LinkedHashMap<>();
    private final BiPredicate<Attribute, String> objectOfPhrases;

    AttributeLinker(List<Attribute> attributes) {
        this(attributes, (attribute, owner) -> false);
    }

    /**
     * {@code objectOfPhrases} says whether a verb's object names what the attribute's own phrases name ("Brunei
     * joined the Association of Southeast Asian Nations" for "joined-asean": "joined ASEAN"): the event is then
     * the doer's, and the object is no owner that rules the doer out.
     */
    AttributeLinker(List<Attribute> attributes, BiPredicate<Attribute, String> objectOfPhrases) {
        this.objectOfPhrases = objectOfPhrases;
        for (Attribute a : attributes) {
            List<String> all = new ArrayList<>(a.phrases());
            all.add(a.id().replace('-', ' '));
            phrases.put(a, all.stream().map(PhraseMatcher::stems).filter(s -> !s.isEmpty()).distinct().toList());
        }
    }

    static AttributeKind kindFor(ClaimKind kind) {
        return kind == ClaimKind.DATE ? AttributeKind.EVENT : AttributeKind.MEASURE;
    }

    /** Candidates for {@code claim}; {@code sentenceClaims} are all claims of its sentence, itself included. */
    List<AttributeCandidate> candidates(Claim claim, List<Claim> sentenceClaims) {
        return candidates(claim, sentenceClaims, a -> true);
    }

    /** As above, among the attributes that {@code applicable} accepts. */
    List<AttributeCandidate> candidates(Claim claim, List<Claim> sentenceClaims,
            java.util.function.Predicate<Attribute> applicable) {
        if (Anniversaries.marks(claim)) {
            // "the 25th anniversary of the treaty": the year it dates is the treaty's beginning, whichever verb
            // the sentence uses; no phrase of the event stands in the sentence, so the link is never firm.
            return phrases.keySet().stream().filter(a -> OriginEvents.isOrigin(a) && applicable.test(a))
                    .map(a -> new AttributeCandidate(a, Place.CLAIM, false, 1, 0, claim.text()))
                    .toList();
        }
        AttributeKind kind = kindFor(claim.kind());
        String sentence = claim.sentence();
        List<Word> words = Words.of(sentence);
        List<String> stems = PhraseMatcher.stemsOf(words);
        int[] predicate = ClaimGeometry.predicate(claim);
        int[] subjectPhrase = ClaimGeometry.subjectPhrase(claim);
        int valueStart = ClaimGeometry.valueStart(claim);
        int valueEnd = ClaimGeometry.valueEnd(claim);
        Map<Attribute, AttributeCandidate> best = new LinkedHashMap<>();
        List<Map.Entry<NameMatch, AttributeCandidate>> found = new ArrayList<>();
        List<Word> counted = countedWords(claim, valueEnd);
        for (Map.Entry<Attribute, List<List<String>>> e : phrases.entrySet()) {
            if (e.getKey().kind() != kind || !counted.isEmpty() && !countsThis(claim, e.getValue(), counted)
                    || !applicable.test(e.getKey())) {
                continue;
            }
            for (List<String> phrase : e.getValue()) {
                for (NameMatch m : PhraseMatcher.find(phrase, words, stems)) {
                    // A phrase that starts in the predicate and runs past it is that verb's: extraction may end
                    // the predicate at a particle ("came" of "came into force").
                    boolean inPredicate = predicate != null && predicate[0] <= m.start() && m.start() < predicate[1];
                    if (!inPredicate && kind == AttributeKind.EVENT && !ownsPhrase(claim, m, sentenceClaims)) {
                        continue;
                    }
                    if (kind == AttributeKind.EVENT && pluralNounOf(claim, m, e.getKey())) {
                        continue;
                    }
                    if (kind == AttributeKind.EVENT && inNameByLemmaOnly(claim, m, e.getKey())) {
                        continue;
                    }
                    if (kind == AttributeKind.MEASURE && gluedToAnotherValue(claim, m, sentenceClaims)) {
                        continue;
                    }
                    boolean otherClause = !inPredicate
                            && !Clauses.same(claim, m.start(), m.end(), valueStart, valueEnd);
                    String owner = kind == AttributeKind.EVENT
                            ? EventOwner.ownerOf(claim, m.start(), m.end(), OriginEvents.isOrigin(e.getKey())) : null;
                    if (owner == null && kind == AttributeKind.EVENT && !inPredicate) {
                        owner = NearerEventNoun.ownerOf(claim, m).orElse(null);
                    }
                    if (owner != null && objectOfPhrases.test(e.getKey(), owner)) {
                        owner = null;
                    }
                    if (owner != null && inPredicate) {
                        owner = pastApposition(claim, subjectPhrase, owner, m.start());
                    }
                    if (owner != null && inPredicate) {
                        owner = GappedClause.remnant(claim).orElse(owner);
                    }
                    if (owner == null) {
                        owner = EventOwner.possessorOf(claim, m.start());
                    }
                    found.add(Map.entry(m, new AttributeCandidate(e.getKey(), inPredicate ? Place.CLAIM : Place.SENTENCE,
                            otherClause, m.words(), m.distanceTo(valueStart, valueEnd),
                            sentence.substring(m.start(), m.end()), Optional.ofNullable(owner), m.start(), m.end())));
                }
                if (kind == AttributeKind.EVENT) {
                    for (EventNounComplement.Match g : EventNounComplement.find(claim, phrase, words, stems)) {
                        NameMatch m = g.match();
                        boolean inPredicate = predicate != null && predicate[0] <= g.verbStart()
                                && g.verbStart() < predicate[1];
                        if (!inPredicate && !ownsPhrase(claim, m, sentenceClaims)) {
                            continue;
                        }
                        boolean otherClause = !inPredicate
                                && !Clauses.same(claim, m.start(), m.end(), valueStart, valueEnd);
                        found.add(Map.entry(m, new AttributeCandidate(e.getKey(),
                                inPredicate ? Place.CLAIM : Place.SENTENCE, otherClause, m.words(),
                                m.distanceTo(valueStart, valueEnd), sentence.substring(m.start(), m.end()),
                                Optional.of(g.owner()), m.start(), m.end())));
                    }
                }
                if (predicate == null && claim.predicate() != null) {
                    for (NameMatch m : PhraseMatcher.find(phrase, Words.of(claim.predicate()))) {
                        keepBest(best, new AttributeCandidate(e.getKey(), Place.CLAIM, false, m.words(), 0,
                                claim.predicate().substring(m.start(), m.end())));
                    }
                }
            }
        }
        for (Map.Entry<NameMatch, AttributeCandidate> f : found) {
            // A phrase inside a longer phrase of another attribute is part of that one: "entered into" (signed)
            // in "entered into force".
            boolean nested = found.stream().anyMatch(o -> o.getValue().attribute() != f.getValue().attribute()
                    && f.getKey().inside(o.getKey()));
            if (!nested && !dateTakenByNoun(claim, f, found)) {
                keepBest(best, f.getValue());
            }
        }
        List<AttributeCandidate> ranked = new ArrayList<>(best.values());
        ranked.sort(AttributeCandidate.BEST_FIRST.thenComparing(c -> c.attribute().id(), Comparator.naturalOrder()));
        return ranked;
    }

    /**
     * Whether {@code attribute} may be what the claim counts: a count of something the attribute's phrases do
     * not name ("more than 60 barriers") is not that attribute. True for a claim that counts nothing.
     */
    boolean mayCount(Claim claim, Attribute attribute) {
        List<Word> counted = countedWords(claim, ClaimGeometry.valueEnd(claim));
        return counted.isEmpty() || countsThis(claim, phrases.getOrDefault(attribute, List.of()), counted);
    }

    /**
     * "The CSTO peacekeepers, about 2,000 troops from Russia, Belarus and Kyrgyzstan, arrived on 6 January": the
     * name right before the claim's own verb closes an apposition when the claim's subject phrase stands before
     * it; the verb's owner is that subject, not the apposition's last name.
     */
    private static String pastApposition(Claim claim, int[] phrase, String owner, int verbStart) {
        String sentence = claim.sentence();
        int at = sentence.lastIndexOf(owner, verbStart);
        boolean appositionBetween = at >= 0 && phrase != null && phrase[1] < at
                && startsAndHoldsAnotherComma(TaggedWords.lowerWithin(claim, phrase[1], at));
        return appositionBetween ? claim.subject() : owner;
    }

    /** Whether the words begin with a comma and hold another: an apposition set off by commas. */
    private static boolean startsAndHoldsAnotherComma(List<String> words) {
        return !words.isEmpty() && words.get(0).equals(",") && words.subList(1, words.size()).contains(",");
    }

    /**
     * The words a plain count is a count of ("80 aircraft", "290 tanks"), or none. A count of something the
     * attribute's phrases do not name is not that attribute: "80 aircraft" are not the exercise's troops.
     */
    private static List<Word> countedWords(Claim claim, int valueEnd) {
        if (claim.kind() != ClaimKind.NUMBER || valueEnd >= claim.sentence().length()) {
            return List.of();
        }
        List<Word> after = Words.of(claim.sentence().substring(valueEnd));
        if (after.isEmpty() || !Character.isLetter(after.get(0).text().charAt(0))
                || NOT_COUNTED.contains(after.get(0).text().toLowerCase(java.util.Locale.ROOT))) {
            return List.of();
        }
        return after.subList(0, Math.min(3, after.size())).stream()
                .map(w -> new Word(w.text(), w.start() + valueEnd, w.end() + valueEnd)).toList();
    }

    /**
     * Whether the counted words name what the attribute counts. An adjective that only describes the noun after
     * it does not ("36,000 military vehicles" are no military personnel), read from the tagger's parts of speech
     * where the claim has them.
     */
    private static boolean countsThis(Claim claim, List<List<String>> attributePhrases, List<Word> counted) {
        return attributePhrases.stream().anyMatch(p -> PhraseMatcher.find(p, counted).stream()
                .anyMatch(m -> !TaggedWords.adjectiveBeforeNoun(claim, m.end())));
    }

    private static final java.util.Set<String> NOT_COUNTED = java.util.Set.of("of", "in", "at", "and", "to", "from",
            "by", "for", "on", "or", "than", "a", "an", "the", "per", "each", "more", "less", "percent", "per-cent");

    private static void keepBest(Map<Attribute, AttributeCandidate> best, AttributeCandidate candidate) {
        best.merge(candidate.attribute(), candidate,
                (a, b) -> AttributeCandidate.BEST_FIRST.compare(a, b) <= 0 ? a : b);
    }

    /**
     * "structures and forms of operation", "signs of recovery": a word that matched an event verb only through
     * its stem, in an -s form followed by "of", is a plural noun, not the event. A form the vocabulary lists
     * itself ("signs") still counts.
     */
    private static boolean pluralNounOf(Claim claim, NameMatch m, Attribute attribute) {
        String surface = claim.sentence().substring(m.start(), m.end()).toLowerCase(java.util.Locale.ROOT);
        if (surface.contains(" ") || !surface.endsWith("s")
                || listsForm(attribute, surface)) {
            return false;
        }
        return TaggedWords.next(claim, m.end()).filter(w -> w.start() > m.end())
                .map(w -> w.lowerIn(claim.sentence()).equals("of")).orElse(false);
    }

    /**
     * Whether an event noun of the tables, between the verb {@code f} matched and the date, takes the date for its
     * own event ({@link NearerEventNoun}): "was opened in time for the opening of the Tokyo Olympic Games on …".
     */
    private static boolean dateTakenByNoun(Claim claim, Map.Entry<NameMatch, AttributeCandidate> f,
            List<Map.Entry<NameMatch, AttributeCandidate>> found) {
        if (f.getValue().attribute().kind() != AttributeKind.EVENT || f.getValue().place() != Place.CLAIM) {
            return false;
        }
        int valueStart = ClaimGeometry.valueStart(claim);
        return found.stream().anyMatch(o -> o.getKey().start() >= f.getKey().end() && o.getKey().end() <= valueStart
                && NearerEventNoun.takesDate(claim, o.getKey()));
    }

    /**
     * Whether {@code claim} owns the event phrase {@code m}: the first date after the phrase in the same clause
     * ("annexed Crimea in March 2014"), or, when no date follows it there, the nearest date if it stands just
     * before the phrase in the same clause with no word naming another event in between.
     */
    private static boolean ownsPhrase(Claim claim, NameMatch m, List<Claim> sentenceClaims) {
        String sentence = claim.sentence();
        List<Claim> dates = sentenceClaims.stream().filter(c -> c == claim || c.kind() == ClaimKind.DATE)
                .sorted(Comparator.comparingInt(ClaimGeometry::valueStart)).toList();
        // "joined … on 2 January 2015 and 12 August 2015, respectively": each date of such a list is the event's
        List<Claim> listed = Respectively.listOf(claim, sentenceClaims);
        for (Claim date : dates) {
            int start = ClaimGeometry.valueStart(date);
            boolean sameClause = Clauses.same(claim, m.start(), m.end(), start, ClaimGeometry.valueEnd(date))
                    || start >= m.end() && appositiveDate(claim, m.end(), start);
            if (start >= m.end() && sameClause) {
                return (date == claim || listed.contains(date))
                        && !ParticipleClause.between(claim, m.end(), ClaimGeometry.valueStart(claim));
            }
        }
        Claim nearest = dates.stream().min(Comparator.comparingInt(
                (Claim d) -> m.distanceTo(ClaimGeometry.valueStart(d), ClaimGeometry.valueEnd(d)))).orElse(claim);
        if (nearest != claim) {
            return false;
        }
        // A date before the phrase owns it only when close and in the same clause ("the March 2014 annexation"),
        // not across a word that names another event: "put on hold in March 2022 after the invasion".
        int start = ClaimGeometry.valueStart(claim);
        int end = ClaimGeometry.valueEnd(claim);
        if (end > m.start()) {
            // The nearest date follows the phrase, across a clause boundary; but not when the date's clause is a
            // new one with a subject of its own: "Moscow signed the deal two months later, and sanctions have
            // remained in force since 2014".
            int[] own = ClaimGeometry.subjectPhrase(claim);
            boolean newClause = own != null && own[0] >= m.end() && own[1] <= start
                    && newClause(claim, m.end(), own[0]);
            return !newClause && !ParticipleClause.between(claim, m.end(), start);
        }
        List<String> between = TaggedWords.lowerWithin(claim, end, m.start());
        if (between.stream().anyMatch(OTHER_EVENTS::contains)) {
            return false;
        }
        // A fronted date ("In 2019, Gazprom said, Power of Siberia began operations"; "Barely a month earlier, on
        // 15 June 2001, the two countries joined …") sets the time of what follows, across its commas.
        List<String> opening = TaggedWords.lowerWithin(claim, 0, start);
        boolean fronted = opening.isEmpty() || opening.size() == 1 && FRONTING.contains(opening.get(0))
                || !between.isEmpty() && between.get(0).equals(",");
        return fronted || Clauses.same(claim, m.start(), m.end(), start, end)
                && sentence.substring(end, m.start()).length() <= MAX_GAP_BEFORE_PHRASE;
    }

    /**
     * "the founding of the Shanghai Cooperation Organisation a month earlier, on 15 June 2001": a date set off by
     * a comma and "on" or "in" after a few words of the event's own phrase still dates it.
     */
    private static boolean appositiveDate(Claim claim, int from, int to) {
        List<ClaimWord> gap = TaggedWords.within(claim, from, to);
        int n = gap.size();
        if (n < 2 || n - 2 > MAX_APPOSITION_WORDS || !gap.get(n - 2).lowerIn(claim.sentence()).equals(",")
                || !Set.of("on", "in").contains(gap.get(n - 1).lowerIn(claim.sentence()))) {
            return false;
        }
        return gap.subList(0, n - 2).stream().allMatch(w -> w.lowerIn(claim.sentence()).chars()
                .allMatch(c -> Character.isLetterOrDigit(c) || "\u2019'-".indexOf(c) >= 0));
    }

    /** Whether a ";", or a comma and a conjunction ("…, and sanctions have remained"), stands in the gap. */
    private static boolean newClause(Claim claim, int from, int to) {
        List<ClaimWord> gap = TaggedWords.within(claim, from, to);
        for (int i = 0; i < gap.size(); i++) {
            String w = claim.sentence().substring(gap.get(i).start(), gap.get(i).end());
            if (w.equals(";") || w.equals(",") && i + 1 < gap.size() && CONJUNCTIONS.contains(
                    claim.sentence().substring(gap.get(i + 1).start(), gap.get(i + 1).end()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The 4.98 km-long bridge is situated 17 km downstream": a measure's word that starts inside another value or
     * is glued to it by a hyphen ("km-long") is that value's, not the word of the other figures in the sentence.
     */
    private static boolean gluedToAnotherValue(Claim claim, NameMatch m, List<Claim> sentenceClaims) {
        for (Claim other : sentenceClaims) {
            int start = ClaimGeometry.valueStart(other);
            int end = ClaimGeometry.valueEnd(other);
            boolean inside = start < m.start() && m.start() < end;
            boolean glued = m.start() == end + 1 && claim.sentence().charAt(end) == '-';
            if (other != claim && (inside || glued)) {
                return true;
            }
        }
        return false;
    }

    private static final int MAX_GAP_BEFORE_PHRASE = 25;

    /**
     * "The Asian Development Bank Institute published a report in 2010": a word the tagger reads as part of a
     * proper name, which meets the attribute's phrase only through its lemma ("Institute" for "instituted"), is
     * the name's, not the event. A name's word spelt as the phrase is ("the SCO Summit" for "summit") still counts.
     */
    private static boolean inNameByLemmaOnly(Claim claim, NameMatch m, Attribute attribute) {
        boolean properNoun = TaggedWords.isTagged(claim, m.start(), m.end(), "NNP")
                || TaggedWords.isTagged(claim, m.start(), m.end(), "NNPS");
        String surface = claim.sentence().substring(m.start(), m.end()).toLowerCase(java.util.Locale.ROOT);
        return properNoun && !listsForm(attribute, surface);
    }

    /** Whether the attribute's vocabulary lists {@code surface} itself as a phrase ("signs", "summit"). */
    private static boolean listsForm(Attribute attribute, String surface) {
        return attribute.phrases().stream().anyMatch(p -> p.equalsIgnoreCase(surface));
    }

    private static final int MAX_APPOSITION_WORDS = 8;
    private static final Set<String> CONJUNCTIONS = Set.of("and", "but", "while", "whereas", "yet");
    /** Words that name another event between a date and a phrase: "put on hold in March 2022 after the invasion". */
    private static final Set<String> OTHER_EVENTS = Set.of("after", "before", "following", "since", "until", "amid",
            "when", "while", "during", "despite");
    /** The one word that may open a sentence before a fronted date: "In 2019, …", "On 15 June 2001, …". */
    private static final Set<String> FRONTING = Set.of("in", "on", "by", "at", "during");
}
