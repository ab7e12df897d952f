package org.claimcheck.series;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What kind of quantity a series measures, so a claim's figure can be compared only with a figure of its kind
 * ("7.5%" with a percentage, "$40,000" with money); the series' {@code unit} text keeps the source's wording.
 */
public enum UnitKind {
    PERCENT("percent"),
    PER_100("per-100"),
    PER_1000("per-1000"),
    PER_10000("per-10000"),
    PER_100000("per-100000"),
    PER_MILLION("per-million"),
    COUNT("count"),
    CURRENCY("currency"),
    TONNES("tonnes"),
    ENERGY("energy"),
    POWER("power"),
    AREA("area"),
    VOLUME("volume"),
    LENGTH("length"),
    TEMPERATURE("temperature"),
    YEARS("years"),
    DAYS("days"),
    HOURS("hours"),
    RATIO("ratio"),
    INDEX("index"),
    SCORE("score"),
    YES_NO("yes-no"),
    OTHER("other");

    private final String id;

    UnitKind(String id) {
        this.id = id;
    }

    /** The kebab-case name a manifest writes. */
    public String id() {
        return id;
    }

    public static Optional<UnitKind> fromId(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.id.equals(key)).findFirst();
    }

    static String idList() {
        return Arrays.stream(values()).map(UnitKind::id).collect(Collectors.joining(", "));
    }
}
