package org.claimcheck.extract;

import java.util.Set;

/**
 * Finds what a value is about from part-of-speech tags alone (a dependency parse measured 1.5–2.5× the cost
 * of NER, so it is not used). Three shapes cover most news sentences:
 * <ul>
 *   <li>a date that modifies a name: "the 2001 Treaty of Good-Neighborliness", "the Vostok 2018 exercise";
 *   <li>a verb that governs the value: "the pipeline began operations in December 2019", "trade reached $147
 *       billion", "the treaty, signed on 16 July 2001, …" — subject is the noun phrase before the verb;
 *   <li>no verb nearby: the nearest noun phrase before the value.
 * </ul>
 * Verification does not depend on this alone: it also matches aliases and attribute words in the sentence.
 */
final class SubjectFinder {

    static final Set<String> NP_LINKS = Set.of("of", "and", "'s", "\u2019s", "-", "\u2013", "for", "between");
    static final int MAX_NP = 10;
    /** Prepositions that say what a noun is about ("a report on", "talks about"). */
    private static final Set<String> ABOUT = Set.of("on", "about");
    private static final Set<String> INTENSIVE = Set.of("itself", "themselves", "himself", "herself");
    private static final int MAX_INSERTED_CLAUSE = 15;
    private static final Set<String> RECORD_WORDS = Set.of("record", "record-high", "all-time", "high");

    private final Tokens tokens;
    private final String text;
    private final LeftOutVerbs leftOut;
    private final FigureBeforeName figureBeforeName;
    private final GoverningVerb governingVerb;

    SubjectFinder(Tokens tokens, String articleText) {
        this.tokens = tokens;
        this.text = articleText;
        this.leftOut = new LeftOutVerbs(tokens);
        this.figureBeforeName = new FigureBeforeName(tokens, articleText);
        this.governingVerb = new GoverningVerb(tokens);
    }

    Aboutness find(Candidate c) {
        if (isBracketAfterName(c)) {
            // "Peter the Great (1682–1725)", "the Sino-Soviet split (1956–1966)": the bracket gives the years of
            // the name it follows, whatever verb the sentence goes on with.
            int head = leftOut.listHeadVerb(c);
            return new Aboutness(nounPhraseEndingAt(c.from() - 2, c.from()), head < 0 ? null : predicate(head, c));
        }
        int gap = leftOut.gappedName(c);
        if (gap >= 0) {
            // "Libya joined in 1962, and Iraq in 1960": the name before the value is the subject of the verb the
            // clause leaves out, which is the earlier clause's.
            int earlier = leftOut.verbBefore(gap);
            return new Aboutness(text(gap, c.from() - 1), earlier < 0 ? null : predicate(earlier, c));
        }
        Phrase named = nameAroundDate(c);
        if (named == null) {
            named = figureBeforeName.subject(c);
        }
        int verb = governingVerb.of(c);
        if (verb < 0) {
            Phrase np = named != null ? named : nounPhraseEndingAt(c.from() - 1, c.from());
            return new Aboutness(np, null);
        }
        Phrase subject = named != null ? named : subjectOf(verb);
        return new Aboutness(subject, predicate(verb, c));
    }

    /**
     * What an anniversary at tokens {@code [from, to)} is of: the phrase after "of" ("the 25th anniversary of the
     * Treaty on the Creation of the Union State"), else the possessor before it ("its", "Kazakhstan's").
     */
    Phrase ofAnniversary(int from, int to) {
        return owner(from, to, true);
    }

    /**
     * Whose membership an ordinal member at tokens {@code [from, to)} counts: the phrase after "of" ("the 11th
     * member of BRICS") or the possessor ("the bloc's seventh member"). "Its" stays "its", left to the subject
     * named before: the clause's own subject is mostly the newcomer ("Indonesia became its 11th member").
     */
    Phrase ofMemberOrdinal(int from, int to) {
        return owner(from, to, false);
    }

    private Phrase owner(int from, int to, boolean possessiveIsClauseSubject) {
        if (to < tokens.size() && tokens.lower(to).equals("of")) {
            int end = to + 1;
            while (end < tokens.size() && end - to <= MAX_NP && !tokens.isClauseBreak(end)
                    && !tokens.lower(end).equals(",") && !tokens.pos(end).equals(".") && !tokens.isVerb(end)
                    && !tokens.isValue(end)) {
                end++;
            }
            int start = to + 1;
            while (start < end && tokens.pos(start).equals("DT")) {
                start++;
            }
            return start < end ? text(start, end) : null;
        }
        int before = from - 1;
        if (before >= 0 && tokens.pos(before).equals("PRP$") && possessiveIsClauseSubject) {
            // "the CICA process celebrated its 25th anniversary": "its" is the clause's own subject
            for (int i = before - 1; i >= 0 && !tokens.isClauseBreak(i); i--) {
                if (tokens.isContentVerb(i)) {
                    Phrase own = subjectOf(i);
                    return own != null ? own : text(before, before + 1);
                }
            }
            return text(before, before + 1);
        }
        if (before >= 0 && tokens.pos(before).equals("PRP$")) {
            return text(before, before + 1);
        }
        if (before >= 1 && tokens.pos(before).equals("POS")) {
            int start = before - 1;
            while (start > 0 && tokens.isProperNoun(start - 1)) {
                start--;
            }
            return tokens.isProperNoun(before - 1) ? text(start, before) : null;
        }
        return null;
    }

    private boolean isBracketAfterName(Candidate c) {
        boolean opened = c.from() >= 2 && tokens.isBracket(c.from() - 1);
        return opened && c.to() < tokens.size() && tokens.isBracket(c.to()) && tokens.isNoun(c.from() - 2);
    }

    /** "the 2001 Treaty of …": a year directly followed by a capitalised name, or a name ending in a year. */
    private Phrase nameAroundDate(Candidate c) {
        if (c.length() != 1 || !tokens.get(c.from()).word().matches("\\d{4}")) {
            return null;
        }
        int after = c.to();
        if (tokens.isProperNoun(after) && tokens.isCapitalized(after)) {
            int end = extendName(after);
            return text(after, end);
        }
        int before = c.from() - 1;
        if (tokens.isProperNoun(before) && tokens.isNoun(after)) {
            int start = before;
            while (start > 0 && tokens.isProperNoun(start - 1)) {
                start--;
            }
            return text(start, after + 1);
        }
        return null;
    }

    private int extendName(int from) {
        int end = from;
        int i = from;
        while (i < tokens.size() && i - from < 12) {
            if (tokens.isProperNoun(i) || tokens.isCapitalized(i) && tokens.pos(i).startsWith("JJ")) {
                end = i + 1;
            } else if (!(NP_LINKS.contains(tokens.lower(i)) || tokens.isDash(i))) {
                break;
            }
            i++;
        }
        return end;
    }

    /**
     * The noun phrase before the verb, skipping auxiliaries, adverbs, the verbs an infinitive depends on ("was
     * scheduled to take effect", "is expected to reach") and a participle clause's comma; a verb coordinated
     * with an earlier one has that one's subject.
     */
    private Phrase subjectOf(int verb) {
        int i = verb - 1;
        while (i >= 0 && (tokens.isVerb(i) || tokens.pos(i).startsWith("RB") || tokens.pos(i).equals("MD")
                || isInfinitiveMarker(i))) {
            i--;
        }
        int aside = tokens.asideOpening(i);
        if (aside > 0) {
            i = aside - 1; // "the European Central Bank (ECB) was established": the noun before the aside
        }
        if (i > 0 && tokens.pos(i).equals("CC")) {
            // "Uzbekistan withdrew from GUAM in 2005 and joined the CSTO in 2006": coordinated verbs share
            // the first one's subject.
            for (int k = i - 1; k >= 0 && !tokens.isClauseBreak(k); k--) {
                if (tokens.isContentVerb(k)) {
                    return subjectOf(k);
                }
            }
        }
        if (i > 0 && isRelativePronoun(i)) {
            // "the Power of Siberia pipeline, which started operations in 2016": the pronoun's antecedent
            int antecedent = tokens.lower(i - 1).equals(",") ? i - 2 : i - 1;
            int opening = tokens.asideOpening(antecedent);
            return nounPhraseEndingAt(opening > 0 ? opening - 1 : antecedent, verb);
        }
        if (i >= 0 && tokens.lower(i).equals(",")) {
            // "The treaty, signed on …": the participle's subject is the phrase before its comma.
            int comma = i;
            int apposition = openingOfApposition(comma);
            if (apposition > 0) {
                // "AUKUS, the security pact between Australia, Britain and the United States, was announced"
                Phrase head = nounPhraseEndingAt(apposition - 1, verb);
                if (head != null) {
                    return head;
                }
            }
            i--;
            // "The first summit, also held in Yekaterinburg, commenced …": the verb's subject is the phrase
            // before a participle or relative clause set off by commas, not the last noun inside it.
            int opening = openingOfInsertedClause(comma);
            Phrase head = opening > 0 ? nounPhraseEndingAt(opening - 1, verb) : null;
            if (head != null) {
                return head;
            }
        }
        return nounPhraseEndingAt(i, verb);
    }

    /**
     * The comma that opens a clause inserted between commas and ending at {@code closing}, when that clause
     * starts with a participle or a relative pronoun (after adverbs such as "also"); -1 when there is none.
     */
    private int openingOfInsertedClause(int closing) {
        for (int k = closing - 1; k >= 0 && closing - k <= MAX_INSERTED_CLAUSE; k--) {
            boolean opensRelativeClause = k > 0 && tokens.lower(k - 1).equals(",") && isRelativePronoun(k);
            if (tokens.isClauseBreak(k) && !opensRelativeClause) {
                return -1;
            }
            if (tokens.lower(k).equals(",")) {
                int first = k + 1;
                while (first < closing && tokens.pos(first).startsWith("RB")) {
                    first++;
                }
                boolean inserted = first < closing && (tokens.pos(first).equals("VBN")
                        || tokens.pos(first).equals("VBG") || isRelativePronoun(first));
                return inserted ? k : -1;
            }
        }
        return -1;
    }

    /**
     * The comma that opens an apposition closed by the comma at {@code closing}: a noun phrase that starts with
     * a determiner or a count ("The CSTO peacekeepers, about 2,000 troops from Russia, Belarus and Armenia, arrived")
     * and holds no verb ("AUKUS, the security pact between Australia, Britain and the United
     * States, was announced"); -1 when there is none. Commas of a list inside it are skipped, the first one
     * after a proper noun that the determiner follows is the opening.
     */
    private int openingOfApposition(int closing) {
        for (int k = closing - 1; k > 0 && closing - k <= MAX_INSERTED_CLAUSE; k--) {
            if (tokens.isVerb(k) || tokens.isClauseBreak(k) && !tokens.lower(k).equals(",")) {
                return -1;
            }
            if (tokens.lower(k).equals(",") && k + 1 < closing && opensAppositive(k + 1) && tokens.isNoun(k - 1)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "the security pact …", "about 2,000 troops from …": a determiner or a count, perhaps hedged, opens it; so
     * does a possessive ("Banff, Canada's first national park, was created", "its first park").
     */
    private boolean opensAppositive(int i) {
        if (tokens.pos(i).equals("DT") || tokens.pos(i).equals("PRP$")) {
            return true;
        }
        if (tokens.isProperNoun(i) && tokens.pos(i + 1).equals("POS")) {
            return true;
        }
        int count = tokens.pos(i).equals("RB") || tokens.pos(i).equals("IN") ? i + 1 : i;
        return tokens.pos(count).equals("CD") && tokens.isValue(count) && tokens.isNoun(count + 1);
    }

    /**
     * "The Ways & Means Committee Report on the Social Security Act was introduced": "on" or "about" between two
     * nouns joins what a document or talk is about to its head, so the phrase runs on to "Report".
     */
    private boolean aboutANoun(int i) {
        return i > 0 && ABOUT.contains(tokens.lower(i)) && tokens.isNoun(i - 1);
    }

    private Phrase nounPhraseEndingAt(int end, int limit) {
        return nounPhraseEndingAt(end, limit, false);
    }

    private Phrase nounPhraseEndingAt(int end, int limit, boolean endsInNumberedName) {
        // "The precise total, $146.88 billion, was …": step back over an appositive value to its head noun;
        // "the election in November 2023 led to …": over a value's preposition to the noun it belongs to.
        if (end >= 0 && tokens.isValue(end) && !endsInNumberedName) {
            int last = end;
            // "Zapad 2021 in September 2021" arrives as one date; the year of the name ends the phrase.
            while (end >= 0 && (tokens.isValue(end) || tokens.pos(end).equals("$"))
                    && (end == last || !isNumberedName(end))) {
                end--;
            }
            if (end >= 0 && end < last && isNumberedName(end) && tokens.isValue(end)) {
                return nounPhraseEndingAt(end, limit, true);
            }
            if (end >= 0 && tokens.lower(end).equals(",")) {
                end--;
            } else if (end > 0 && tokens.pos(end).equals("IN") && tokens.isNoun(end - 1)) {
                end--;
            }
        }
        if (end > 0 && INTENSIVE.contains(tokens.lower(end)) && tokens.isNoun(end - 1)) {
            end--; // "the spur itself": the noun is the head
        }
        if (end < 0 || !(tokens.isNoun(end) || tokens.pos(end).equals("PRP") || tokens.pos(end).equals("CD"))) {
            return null;
        }
        int start = end;
        while (start > 0 && end - start < MAX_NP) {
            int p = start - 1;
            String pos = tokens.pos(p);
            boolean part = !tokens.isValue(p) && (pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("CD")
                    || pos.equals("POS")
                    || pos.equals("HYPH") || pos.equals("DT") || pos.equals("PRP$") || pos.equals("VBN")
                    || NP_LINKS.contains(tokens.lower(p)) || aboutANoun(p));
            if (!part || tokens.lower(p).equals(",")) {
                break;
            }
            start = p;
        }
        while (start < end && (tokens.pos(start).equals("DT") || NP_LINKS.contains(tokens.lower(start))
                || ABOUT.contains(tokens.lower(start)) || tokens.pos(start).equals("CC"))) {
            start++;
        }
        // "The 4.98 km-long bridge is situated …": the value's unit is no part of what the value is about
        boolean afterValue = start > 0 && tokens.isValue(start - 1);
        while (afterValue && start < end && (tokens.isUnit(start) || tokens.isDash(start)
                || tokens.isDimensionAfterDash(start))) {
            start++;
        }
        return start <= end && end < limit ? text(start, end + 1) : null;
    }

    /** "Zapad 2021", "Flight 17": a number that ends a name ("December 2019" is a date, not a name). */
    private boolean isNumberedName(int i) {
        return i > 0 && tokens.pos(i).equals("CD") && tokens.isProperNoun(i - 1) && tokens.isCapitalized(i - 1)
                && !tokens.isValue(i - 1);
    }

    /** "which", "who": the word that opens a relative clause. */
    private boolean isRelativePronoun(int i) {
        return tokens.pos(i).equals("WDT") || tokens.pos(i).equals("WP");
    }

    /** "to" before a verb, after a verb or adverb: "scheduled to take", "expected to reach". */
    private boolean isInfinitiveMarker(int i) {
        return tokens.pos(i).equals("TO") && i > 0 && tokens.isVerb(i + 1)
                && (tokens.isVerb(i - 1) || tokens.pos(i - 1).startsWith("RB"));
    }

    /** The verb with its auxiliaries and what follows it up to the value or a preposition. */
    private Phrase predicate(int verb, Candidate c) {
        int start = verb;
        while (start > 0 && (tokens.isVerb(start - 1) || tokens.pos(start - 1).equals("MD"))) {
            start--;
        }
        int end = verb + 1;
        int limit = verb < c.from() ? c.from() : Math.min(tokens.size(), verb + 6);
        while (end < limit && isObjectWord(end)) {
            end++;
        }
        // "reached a record $147 billion": determiners and record words before the value are not the predicate.
        while (end > verb + 1 && (tokens.pos(end - 1).equals("DT") || RECORD_WORDS.contains(tokens.lower(end - 1)))) {
            end--;
        }
        return text(start, end);
    }

    private boolean isObjectWord(int i) {
        String pos = tokens.pos(i);
        boolean ofLink = tokens.lower(i).equals("of") && tokens.isNoun(i - 1);
        return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("RP") || pos.equals("PRP$")
                || pos.equals("DT") || pos.equals("HYPH") || ofLink || pos.equals("VBN") && tokens.isVerb(i - 1);
    }

    private Phrase text(int from, int to) {
        return tokens.phrase(from, to, text);
    }
}
