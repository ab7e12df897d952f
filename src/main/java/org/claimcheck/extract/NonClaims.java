package org.claimcheck.extract;

import java.util.Set;
import java.util.regex.Pattern;
import org.claimcheck.nlp.MentionType;
import org.claimcheck.value.NumberWords;

/**
 * Numbers that are not claims: parts of names ("S-400", "Su-35"), references ("p. 12", "Article 5",
 * "No. 3"), list labels at the start of a line ("1."), phone numbers, clock times ("at 1400 local time"), bare
 * counts that quantify nothing, and dates of the reporting (weekdays, "said on Friday"; a news dateline, "BERLIN,
 * April 18, 2023 –"). A year inside a name ("Vostok 2018") is a date and stays a claim.
 */
final class NonClaims {

    private static final Set<String> REFERENCE_WORDS = Set.of("p.", "pp.", "page", "pages", "no.", "nos.", "number",
            "article", "articles", "section", "sections", "chapter", "chapters", "para", "para.", "paragraph",
            "clause", "rule", "resolution", "flight", "route", "highway", "room", "vol.", "volume", "issue", "item",
            "figure", "fig.", "table", "annex", "point", "points", "#", "tel", "tel.", "phone", "fax", "ext.");
    private static final Pattern PHONE = Pattern.compile("^\\+?[\\d(][\\d\\s().\\-]{6,}\\d$");
    private static final Set<String> DETERMINERS = Set.of("the", "these", "those", "its", "their", "our", "both",
            "all", "other", "his", "her", "my", "your", "first", "last", "next", "every", "each");
    private static final Set<String> COUNT_INTRODUCERS = Set.of("at", "to", "of", "numbered", "numbering",
            "totalled", "totaled", "totalling", "totaling", "reached", "reaching", "exceeded", "surpassed", "topped",
            // a figure stated of the subject: "deaths were 20,000", "the toll has been over 300,000"
            "is", "are", "was", "were", "been", "be", "being", "remained", "remains", "stayed");
    /** Words that hedge a figure and stand between it and the word that introduces it: "reached over 300,000". */
    private static final Set<String> HEDGE_WORDS = Set.of("over", "about", "around", "nearly", "almost", "roughly",
            "some", "approximately", "just", "only", "under", "below", "above", "more", "less", "fewer", "than",
            "least", "most", "up", "still");
    private static final Set<String> OPENING_QUOTES = Set.of("\u201c", "\"", "\u2018", "'");
    private static final Set<String> LABEL_ENDS = Set.of(".", ")", ":");

    private final Tokens tokens;

    NonClaims(Tokens tokens) {
        this.tokens = tokens;
    }

    boolean isNotAClaim(Candidate c, ReadValue value, String surface) {
        if (isPartOfName(c) || followsReferenceWord(c) || isListLabel(c) || isClockTime(c, surface)) {
            return true;
        }
        if (c.type() != MentionType.DATE && (isCompoundWord(c, surface) || isNumberedName(c, surface))) {
            return true;
        }
        if (c.type() == MentionType.DATE) {
            return datesTheReporting(c, surface) || isDateline(c);
        }
        if (PHONE.matcher(surface).matches() && surface.chars().filter(ch -> !Character.isDigit(ch)).count() >= 2) {
            return true;
        }
        return value.kind() == ClaimKind.NUMBER && !quantifiesSomething(c, surface);
    }

    /** "S-400", "Su-35", "MH17": a number glued by a hyphen to a word, or written inside a token with letters. */
    private boolean isPartOfName(Candidate c) {
        if (c.type() == MentionType.DATE) {
            return false;
        }
        // Glued only: "Transneft — $15 billion" is an aside, not a name.
        if (tokens.isDash(c.from() - 1) && c.from() >= 2 && Character.isLetter(firstChar(c.from() - 2))
                && touches(c.from() - 2, c.from() - 1) && touches(c.from() - 1, c.from())) {
            return true;
        }
        return tokens.isDash(c.to()) && c.to() + 1 < tokens.size() && tokens.isCapitalized(c.to() + 1)
                && tokens.isProperNoun(c.to() + 1);
    }

    /** Time zones written after a clock time: "0600 GMT", "1400 Moscow time" is read through "local time". */
    private static final Set<String> TIME_ZONES = Set.of("gmt", "utc", "cet", "cest", "bst", "est", "edt", "pst",
            "pdt", "msk", "ist", "zulu");

    /**
     * "Erdoğan took the oath at 1400 local time", "at 0600 GMT", "at 2100 hours": four digits that tell the time
     * of day, not a year. "In 2019 local elections were held" is a year: "local" must be followed by "time".
     */
    private boolean isClockTime(Candidate c, String surface) {
        if (!surface.matches("[0-2]\\d[0-5]\\d") || Integer.parseInt(surface.substring(0, 2)) > 23
                || c.to() >= tokens.size()) {
            return false;
        }
        String next = tokens.lower(c.to());
        boolean localTime = next.equals("local") && c.to() + 1 < tokens.size()
                && tokens.lower(c.to() + 1).equals("time");
        boolean hoursAt = (next.equals("hours") || next.equals("hrs")) && c.from() > 0 && tokens.lower(c.from() - 1)
                .matches("at|by|until|till|before|after|from");
        return localTime || TIME_ZONES.contains(next) || hoursAt;
    }

    /** Whether token {@code a} ends where token {@code b} starts, with no space between. */
    private boolean touches(int a, int b) {
        return tokens.get(a).span().end() == tokens.get(b).span().start();
    }

    private char firstChar(int i) {
        String w = tokens.get(i).word();
        return w.isEmpty() ? ' ' : w.charAt(w.length() - 1);
    }

    /** "two-way trade", "one-off", "Two Seas, Two Pipelines": a spelled-out number inside a word or a title. */
    private boolean isCompoundWord(Candidate c, String surface) {
        boolean spelledOut = surface.chars().noneMatch(Character::isDigit);
        if (!spelledOut) {
            return false;
        }
        boolean hyphenated = tokens.isDash(c.to()) || surface.contains("-") && NumberWords.parse(surface).isEmpty();
        boolean titleCase = c.from() > 0 && Character.isUpperCase(surface.charAt(0))
                || tokens.isCapitalized(c.to()) && tokens.isProperNoun(c.to());
        return hyphenated && !surface.matches("(?i).*(thousand|million|billion)") || titleCase;
    }

    /**
     * "Project 22220", "Flight 17", "Boeing 747", "IEA 3.0": a bare number right after a capitalised name is part
     * of it.
     */
    private boolean isNumberedName(Candidate c, String surface) {
        int before = c.from() - 1;
        return before >= 1 && c.length() == 1 && surface.matches("\\d+(\\.\\d+)?") && tokens.isProperNoun(before)
                && tokens.isCapitalized(before);
    }

    private boolean followsReferenceWord(Candidate c) {
        return REFERENCE_WORDS.contains(tokens.lower(c.from() - 1));
    }

    private static final Set<String> REPORTING = Set.of("say", "tell", "announce", "publish", "release", "report",
            "show", "air", "broadcast", "speak", "state", "write", "confirm", "add", "note", "post", "issue", "quote",
            "comment", "claim", "insist", "warn", "tweet", "disclose", "reveal");
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", "and", "but", "that", "which", "who");

    /**
     * "officials said on Friday", "customs data showed on Monday": a weekday whose verb is one of saying or
     * publishing dates the report itself, not a claim. "Belarus became a member on Thursday" is a claim.
     */
    private boolean datesTheReporting(Candidate c, String surface) {
        if (!RelativeDates.isWeekday(surface)) {
            return false;
        }
        // "non-essential Sunday driving", "Bloody Sunday": a weekday that modifies a noun or ends a name is no day
        if (tokens.isNoun(c.to()) || c.from() > 0 && tokens.isCapitalized(c.from() - 1)) {
            return true;
        }
        for (int i = c.from() - 1; i >= 0 && c.from() - i <= 8 && !CLAUSE_ENDS.contains(tokens.lower(i)); i--) {
            if (tokens.isVerb(i)) {
                String lemma = tokens.get(i).lemma();
                return REPORTING.contains(lemma == null ? tokens.lower(i) : lemma.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return false;
    }

    /** The most words a dateline's place takes: "BERLIN", "NEW YORK", "Rio de Janeiro". */
    private static final int MAX_DATELINE_PLACE = 4;

    /**
     * "BERLIN, April 18, 2023 – Germany has switched off its last three nuclear reactors": a place, a comma and a
     * date with its month opening a sentence, then a dash or an agency in brackets, is a news dateline; it dates the
     * report, not the event the report tells of.
     */
    private boolean isDateline(Candidate c) {
        int comma = c.from() - 1;
        if (comma < 1 || comma > MAX_DATELINE_PLACE || !tokens.lower(comma).equals(",")) {
            return false;
        }
        for (int i = 0; i < comma; i++) {
            String w = tokens.get(i).word();
            boolean upperCase = w.chars().anyMatch(Character::isLetter)
                    && w.equals(w.toUpperCase(java.util.Locale.ROOT));
            if (!tokens.isProperNoun(i) && !upperCase) {
                return false;
            }
        }
        // A dateline gives the day: "Pixar, 2006 - $7.6 billion" is a list of years, not a dateline.
        boolean namesMonth = false;
        for (int i = c.from(); i < c.to(); i++) {
            namesMonth |= Character.isLetter(tokens.get(i).word().charAt(0));
        }
        return namesMonth && (tokens.isDash(c.to()) || tokens.lower(c.to()).equals("(")
                || tokens.lower(c.to()).equals("-lrb-"));
    }

    /** "1." or "2)" opening a line is a list label, not a count. */
    private boolean isListLabel(Candidate c) {
        return c.from() == 0 && c.length() == 1 && LABEL_ENDS.contains(tokens.lower(1));
    }

    /**
     * A plain count is a claim when it counts something: a noun follows ("ten member states", "3,000 troops")
     * or it carries a multiplier ("146 million").
     */
    private boolean quantifiesSomething(Candidate c, String surface) {
        if (surface.matches("(?i).*\\b(thousand|million|billion|trillion|mn|bn|tn)\\b.*")) {
            return true;
        }
        if (isReferential(c, surface)) {
            return false;
        }
        // A large count or a zero that a verb or copula states: "put the Chinese contingent at 2,300", "deaths
        // reached over 300,000", "its output being zero since 1988", "fell to zero".
        if (surface.matches("(?i)\\d{1,3}(,\\d{3})+|\\d{3,}|zero|nil|0")
                && COUNT_INTRODUCERS.contains(tokens.lower(introducer(c)))) {
            return true;
        }
        for (int i = c.to(); i < Math.min(c.to() + 5, tokens.size()); i++) {
            if (tokens.isProperNoun(i)) {
                return countsNamedThings(i);
            }
            if (tokens.isNoun(i)) {
                return true;
            }
            // "four fast-growing economies", "28 “union programmes”"
            boolean modifier = tokens.pos(i).startsWith("JJ") || tokens.pos(i).equals("HYPH")
                    || tokens.pos(i).equals("CC") || tokens.pos(i).equals("VBN") || tokens.pos(i).equals("VBG")
                    && tokens.isDash(i - 1) || tokens.pos(i).equals("``") || OPENING_QUOTES.contains(tokens.lower(i));
            if (!modifier) {
                return false;
            }
        }
        return false;
    }

    /**
     * Whether the name starting at {@code i} right after a count names what is counted: its last word is a plural
     * ("10 South Africans", "40 Starbucks") or a common noun follows it ("12 Apple stores", "10 Russian Navy
     * ships"). A name alone is an address or a title ("10 Downing Street", "5 Star Movement").
     */
    private boolean countsNamedThings(int i) {
        int last = i;
        while (last + 1 < tokens.size() && tokens.isProperNoun(last + 1) && tokens.isCapitalized(last + 1)) {
            last++;
        }
        boolean plural = tokens.pos(last).equals("NNPS") || tokens.lower(last).endsWith("s");
        return plural || last + 1 < tokens.size() && tokens.isNoun(last + 1);
    }

    /** The token before the figure and the words hedging it ("reached" of "reached more than 300,000"). */
    private int introducer(Candidate c) {
        int i = c.from() - 1;
        while (i >= 0 && HEDGE_WORDS.contains(tokens.lower(i))) {
            i--;
        }
        return i;
    }

    /**
     * "the two countries", "both sides", "one of them": small spelled-out numbers after a determiner, and "one"
     * on its own, refer to things already named rather than state a count.
     */
    private boolean isReferential(Candidate c, String surface) {
        boolean spelledOut = surface.chars().noneMatch(Character::isDigit);
        if (!spelledOut) {
            return false;
        }
        // "the two countries" points back at things already named; "the five members" still states a count.
        boolean small = surface.equalsIgnoreCase("two") || surface.equalsIgnoreCase("both");
        return surface.equalsIgnoreCase("one") || small && DETERMINERS.contains(tokens.lower(c.from() - 1));
    }
}
