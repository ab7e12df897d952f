package org.claimcheck.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises lines that publishing systems add around an article and that are not its content: cross-links
 * ("ALSO READ:- …", "Read more: …", "Related: …"), calls to subscribe, follow or share, advertisement markers,
 * "click here" prompts and copyright footers. Matching ignores case, leading bullets or emphasis, apostrophe
 * and dash variants; only short lines are considered, so a paragraph that merely mentions a newsletter stays.
 */
final class Boilerplate {

    private static final int MAX_CHARS = 300;
    private static final int MAX_CONTAINS_CHARS = 160;

    /** A cross-link label, then a delimiter (":", "-", "|", "»", ">") or nothing at all. */
    private static final Pattern LINK_LABEL = Pattern.compile("^(?:also read|read also|read more|more to read"
            + "|read next|see also|don'?t miss|do not miss|must read|recommended(?: reading| for you| stories)?"
            + "|you (?:may|might) also (?:like|be interested in|enjoy)|more from [^:|]{1,40}"
            + "|related(?: articles?| stories| news| posts?| coverage| reading| content| links?| topics?)?"
            + "|trending(?: now| stories| news)?|top stories|editor'?s picks?|more stories|further reading"
            + "|latest news|popular now|most read)\\s*(?:[:|>\u00BB\u203A\\-\u2013\u2014]+|$)");

    private static final List<Pattern> STARTS = List.of(
            Pattern.compile("^(?:subscribe|sign up|register|join)\\b.{0,80}\\b(?:newsletters?|updates|mailing"
                    + " list|channel|alerts|digest|briefing|inbox|podcast)\\b"),
            Pattern.compile("^subscribe (?:now|today|here)\\b"),
            Pattern.compile("^(?:follow|like|find|join|connect with) (?:us|me) (?:on|at|via)\\b"),
            Pattern.compile("^follow (?:the )?\\S+ on (?:twitter|x|facebook|instagram|linkedin|telegram|youtube"
                    + "|tiktok|threads|google news|whatsapp)\\b"),
            Pattern.compile("^share (?:this|the)? ?(?:article|story|post|page|piece|link)\\b"),
            Pattern.compile("^share (?:on|via|to|with) \\S"),
            Pattern.compile("^(?:click|tap) (?:here|the link|the button|below)\\b"),
            Pattern.compile("^(?:download|get|install) (?:our|the) (?:free |mobile )?app\\b"),
            Pattern.compile("^(?:story|article) continues (?:below|after)\\b"),
            Pattern.compile("^scroll (?:down )?to (?:continue|read)\\b"));

    /** Lines that are only a marker word once bullets and punctuation are stripped. */
    private static final Pattern WHOLE = Pattern.compile("^(?:advertisement|advertising|advert|ad|ads"
            + "|sponsored(?: content)?|paid (?:content|post|partnership)|promoted(?: content)?|share(?: this)?"
            + "|tweet|comments?|print|email)$");

    private static final Pattern COPYRIGHT = Pattern.compile("^(?:\u00A9|\\(c\\)\\s*\\d{4}|copyright\\s*(?:\u00A9|"
            + "\\(c\\)|\\d{4}))|all rights reserved\\.?$");

    private static final Pattern CALL_INSIDE = Pattern.compile("\\b(?:follow us on|like us on|subscribe to our"
            + "|sign up for our|join our (?:telegram|whatsapp)|download our app)\\b");

    private static final Pattern LEADING_NOISE = Pattern.compile("^[^\\p{L}\\p{N}\u00A9]+");
    private static final Pattern TRAILING_NOISE = Pattern.compile("[^\\p{L}\\p{N}]+$");

    private Boilerplate() {
    }

    /** Whether the cleaned line is boilerplate rather than article content. */
    static boolean isBoilerplate(CharSequence line) {
        if (line.length() == 0 || line.length() > MAX_CHARS) {
            return false;
        }
        String lower = normalise(line);
        if (COPYRIGHT.matcher(lower).find()) {
            return true;
        }
        String s = LEADING_NOISE.matcher(lower).replaceFirst("");
        if (LINK_LABEL.matcher(s).find() || WHOLE.matcher(TRAILING_NOISE.matcher(s).replaceFirst("")).matches()) {
            return true;
        }
        for (Pattern p : STARTS) {
            if (p.matcher(s).find()) {
                return true;
            }
        }
        return line.length() <= MAX_CONTAINS_CHARS && CALL_INSIDE.matcher(s).find();
    }

    /**
     * Whether the line is a cross-link label with nothing after it ("ALSO READ:"), so the headline on the next
     * line belongs to it.
     */
    static boolean isBareLinkLabel(CharSequence line) {
        String s = LEADING_NOISE.matcher(normalise(line)).replaceFirst("");
        String label = TRAILING_NOISE.matcher(s).replaceFirst("");
        return LINK_LABEL.matcher(s).find() && LINK_LABEL.matcher(label).matches();
    }

    /** A line short and unpunctuated enough to be the headline a bare link label points to. */
    static boolean looksLikeHeadline(CharSequence line) {
        return line.length() > 0 && LineShape.words(line) <= 20 && line.charAt(line.length() - 1) != '.';
    }

    private static String normalise(CharSequence line) {
        return line.toString().toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
    }
}
