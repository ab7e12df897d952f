package org.claimcheck.value;

import java.time.Month;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** English month names, season words and ordinals as they appear in written dates. */
final class DateWords {

    private static final Map<String, Month> MONTHS = new HashMap<>();
    private static final Map<String, Season> SEASONS = Map.of(
            "spring", Season.SPRING, "summer", Season.SUMMER, "autumn", Season.AUTUMN, "fall", Season.AUTUMN,
            "winter", Season.WINTER);
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth",
            "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
            "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first");

    static {
        for (Month month : Month.values()) {
            String name = month.name().toLowerCase(Locale.ROOT);
            MONTHS.put(name, month);
            MONTHS.put(name.substring(0, 3), month);
        }
        MONTHS.put("sept", Month.SEPTEMBER);
    }

    private DateWords() {
    }

    static Optional<Month> month(Token token) {
        return token != null && token.kind() == Token.Kind.WORD
                ? Optional.ofNullable(MONTHS.get(token.lower()))
                : Optional.empty();
    }

    static Optional<Season> season(Token token) {
        return token != null ? Optional.ofNullable(SEASONS.get(token.lower())) : Optional.empty();
    }

    /** "third" → 3, up to "twenty-first". */
    static Optional<Integer> ordinal(Token token) {
        int i = token == null ? -1 : ORDINALS.indexOf(token.lower());
        return i < 0 ? Optional.empty() : Optional.of(i + 1);
    }

    static boolean isOrdinalSuffix(Token token) {
        return token != null && token.isAnyOf("st", "nd", "rd", "th");
    }

    static String monthName(Month month) {
        String name = month.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** 1 → "1st", 12 → "12th", 21 → "21st". */
    static String ordinalNumber(int n) {
        int lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return n + "th";
        }
        return switch (n % 10) {
            case 1 -> n + "st";
            case 2 -> n + "nd";
            case 3 -> n + "rd";
            default -> n + "th";
        };
    }
}
