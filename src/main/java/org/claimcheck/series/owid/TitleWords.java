package org.claimcheck.series.owid;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.claimcheck.series.UnitKind;

/**
 * Words for a series the vocabulary does not know, made from its title and unit: the title in lower case without
 * its bracketed qualifiers, and the same without a leading "share of …"/"number of …" frame. Never as good as a
 * curated phrase, but it lets a new series be found by the words of its own title.
 */
final class TitleWords {

    private static final List<String> FRAMES = List.of("share of the population with ", "share of the population ",
            "share of ", "number of ", "annual ", "total ");

    private TitleWords() {
    }

    static List<String> phrases(String title) {
        String plain = title.toLowerCase(Locale.ROOT).replaceAll("\\s*\\([^)]*\\)", "").replaceAll("\\s+", " ")
                .strip();
        Set<String> phrases = new LinkedHashSet<>();
        phrases.add(plain);
        for (String frame : FRAMES) {
            if (plain.startsWith(frame) && plain.length() > frame.length() + 3) {
                phrases.add(plain.substring(frame.length()));
                break;
            }
        }
        return new ArrayList<>(phrases);
    }

    /** The attribute id of a file: its name without {@code .csv}, as kebab-case. */
    static String attributeId(String filename) {
        String base = filename.endsWith(".csv") ? filename.substring(0, filename.length() - 4) : filename;
        return base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** A guess at the unit's kind from its wording, for series the vocabulary does not list. */
    static UnitKind unitKind(String unit) {
        String u = unit.toLowerCase(Locale.ROOT);
        if (u.startsWith("%") || u.contains("percent") || u.equals("annual %")) {
            return UnitKind.PERCENT;
        }
        if (u.contains("per 1,000 ") || u.contains("per 1000 ")) {
            return UnitKind.PER_1000;
        }
        if (u.contains("per 10,000 ")) {
            return UnitKind.PER_10000;
        }
        if (u.contains("per 100,000")) {
            return UnitKind.PER_100000;
        }
        if (u.contains("per 100 ")) {
            return UnitKind.PER_100;
        }
        if (u.contains("per million")) {
            return UnitKind.PER_MILLION;
        }
        if (u.contains("$") || u.contains("usd") || u.contains("dollar")) {
            return UnitKind.CURRENCY;
        }
        if (u.equals("tonnes") || u.equals("metric tons") || u.startsWith("tonnes of")) {
            return UnitKind.TONNES;
        }
        if (u.contains("watt-hours")) {
            return UnitKind.ENERGY;
        }
        if (u.contains("hectares") || u.contains("square")) {
            return u.contains(" per ") ? UnitKind.RATIO : UnitKind.AREA;
        }
        if (u.contains("°c")) {
            return UnitKind.TEMPERATURE;
        }
        if (u.equals("years")) {
            return UnitKind.YEARS;
        }
        if (u.equals("days") || u.equals("nights")) {
            return UnitKind.DAYS;
        }
        if (u.equals("mm") || u.equals("km") || u.equals("metres")) {
            return UnitKind.LENGTH;
        }
        if (u.equals("index")) {
            return UnitKind.INDEX;
        }
        if (u.equals("score")) {
            return UnitKind.SCORE;
        }
        if (u.equals("yes/no")) {
            return UnitKind.YES_NO;
        }
        return u.contains(" per ") ? UnitKind.RATIO : UnitKind.COUNT;
    }

    /** The power of ten a unit's wording carries: "million square kilometers" is 1,000,000 square kilometres. */
    static double scale(String unit) {
        String u = " " + unit.toLowerCase(Locale.ROOT) + " ";
        if (u.contains(" thousand ")) {
            return 1e3;
        }
        if (u.contains(" million ") && !u.contains(" per million ")) {
            return 1e6;
        }
        if (u.contains(" billion ")) {
            return 1e9;
        }
        return 1;
    }
}
