package org.claimcheck.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every unit and currency claimcheck knows, in one table: the words and symbols that name it (any case,
 * singular or plural, British or American spelling) and how it is displayed. A word names at most one unit.
 * "¥" is read as yen and "pounds" alone is not read at all (it is also a weight): write "£" or "sterling".
 */
public final class Units {

    /** How a unit is written around the number in display forms ("$" before, " km" after). */
    record Style(String prefix, String suffix) {
    }

    /** A unit that abbreviates a multiple of another: 38 bcm is stored as 38E+9 m3. */
    record Expansion(BigDecimal multiplier, Unit unit) {
    }

    private static final Unit COUNT = new Unit("", "count", BigDecimal.ONE);
    private static final Unit PERCENT = new Unit("%", "percent", BigDecimal.ONE);
    private static final Unit CUBIC_METRE = new Unit("m3", "volume", BigDecimal.ONE);
    private static final Unit BCM = new Unit("bcm", "volume", new BigDecimal("1E+9"));

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Map<Unit, Style> STYLES = new LinkedHashMap<>();
    private static final Map<String, Unit> BY_WORD = new HashMap<>();

    static {
        add(COUNT, "", "");
        add(new Unit("km", "length", new BigDecimal("1000")), "", " km",
                "km", "kilometre", "kilometres", "kilometer", "kilometers");
        add(new Unit("m", "length", BigDecimal.ONE), "", " m", "m", "metre", "metres", "meter", "meters");
        add(new Unit("mi", "length", new BigDecimal("1609.344")), "", " mi", "mi", "mile", "miles");
        add(new Unit("ft", "length", new BigDecimal("0.3048")), "", " ft", "ft", "foot", "feet");
        add(new Unit("nmi", "length", new BigDecimal("1852")), "", " nmi", "nmi", "nautical mile", "nautical miles");
        add(new Unit("km2", "area", new BigDecimal("1E+6")), "", " km²", "km2", "km²", "sq km", "square kilometre",
                "square kilometres", "square kilometer", "square kilometers");
        add(new Unit("m2", "area", BigDecimal.ONE), "", " m²", "m2", "m²", "sq m", "square metre", "square metres",
                "square meter", "square meters");
        add(new Unit("ha", "area", new BigDecimal("1E+4")), "", " ha", "ha", "hectare", "hectares");
        add(new Unit("mi2", "area", new BigDecimal("2589988.110336")), "", " sq mi", "mi2", "mi²", "sq mi",
                "square mile", "square miles");
        add(CUBIC_METRE, "", " m³", "m3", "m³", "cubic metre", "cubic metres", "cubic meter", "cubic meters", "cu m");
        add(BCM, "", " bcm", "bcm");
        add(new Unit("t", "mass", BigDecimal.ONE), "", " t",
                "t", "tonne", "tonnes", "ton", "tons", "metric ton", "metric tons");
        add(new Unit("kg", "mass", new BigDecimal("0.001")), "", " kg",
                "kg", "kilogram", "kilograms", "kilogramme", "kilogrammes");
        add(new Unit("bbl", "oil-volume", BigDecimal.ONE), "", " bbl", "bbl", "barrel", "barrels");
        // Power, in watts: a plant's capacity. (Energy, "98.8 TWh", is left to the statistics rules, which read
        // it with its series.)
        add(new Unit("kW", "power", new BigDecimal("1E+3")), "", " kW", "kw", "kilowatt", "kilowatts");
        add(new Unit("MW", "power", new BigDecimal("1E+6")), "", " MW", "mw", "megawatt", "megawatts");
        add(new Unit("GW", "power", new BigDecimal("1E+9")), "", " GW", "gw", "gigawatt", "gigawatts");
        // Durations, in months so that every factor is whole: the term of a contract, a treaty or a loan.
        add(new Unit("yr", "time", new BigDecimal("12")), "", " yr", "yr", "yrs", "year", "years");
        add(new Unit("mo", "time", BigDecimal.ONE), "", " mo", "mo", "month", "months");
        add(PERCENT, "", "%", "%", "percent", "per cent", "pct");
        add(new Unit("pp", "percentage-points", BigDecimal.ONE), "", " pp",
                "pp", "percentage point", "percentage points");
        currency("USD", "$", "", "$", "us$", "us $", "u.s.$", "u.s. $", "dollar", "dollars", "us dollar",
                "us dollars", "u.s. dollar", "u.s. dollars");
        currency("EUR", "€", "", "€", "euro", "euros");
        currency("GBP", "£", "", "£", "sterling", "pound sterling", "pounds sterling");
        currency("CNY", "", " CNY", "元", "yuan", "renminbi", "rmb");
        currency("RUB", "", " RUB", "₽", "rouble", "roubles", "ruble", "rubles");
        currency("JPY", "", " JPY", "¥", "yen");
        currency("INR", "", " INR", "₹", "rupee", "rupees", "rs", "rs.");
    }

    private Units() {
    }

    /** The unit a word, phrase, symbol or code names: "kilometres", "per cent", "€", "bcm", "USD". */
    public static Optional<Unit> find(String word) {
        return word == null ? Optional.empty() : Optional.ofNullable(BY_WORD.get(normalize(word)));
    }

    /** Words that say what a unit measures when written onto it: "km-long", "metre-high". */
    private static final java.util.Set<String> DIMENSIONS = java.util.Set.of("long", "wide", "high", "tall", "deep",
            "thick");

    /** Whether {@code word} says what a unit measures ("long" of "km-long"). */
    public static boolean isDimension(String word) {
        return DIMENSIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** "km-long", "metre-high": the unit, without what it measures; any other phrase as it is. */
    public static String withoutDimension(String phrase) {
        int hyphen = phrase.lastIndexOf('-');
        return hyphen > 0 && isDimension(phrase.substring(hyphen + 1)) ? phrase.substring(0, hyphen) : phrase;
    }

    /** The unit of a plain number of things. */
    public static Unit count() {
        return COUNT;
    }

    public static Unit percent() {
        return PERCENT;
    }

    /** The currency with ISO 4217 code {@code iso}, among those claimcheck knows. */
    public static Optional<Unit> currency(String iso) {
        return find(iso).filter(unit -> unit.isCurrency() && unit.code().equalsIgnoreCase(iso));
    }

    /** All units, count first, in table order. */
    public static List<Unit> all() {
        return List.copyOf(STYLES.keySet());
    }

    static Style style(Unit unit) {
        Style style = STYLES.get(unit);
        return style != null ? style : new Style("", unit.code().isEmpty() ? "" : " " + unit.code());
    }

    static Optional<Expansion> expansion(Unit unit) {
        return unit.equals(BCM) ? Optional.of(new Expansion(BCM.factor(), CUBIC_METRE)) : Optional.empty();
    }

    /** "km, m, mi, …, or a currency (USD, EUR, …)", for error messages. */
    static String known() {
        String measures = all().stream().filter(u -> !u.isCurrency() && !u.code().isEmpty())
                .map(Unit::code).collect(Collectors.joining(", "));
        String currencies = all().stream().filter(Unit::isCurrency).map(Unit::code)
                .collect(Collectors.joining(", "));
        return measures + ", or a currency (" + currencies + ")";
    }

    static String normalize(String word) {
        return SPACES.matcher(word).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    private static void currency(String iso, String prefix, String suffix, String... words) {
        List<String> all = new ArrayList<>(List.of(words));
        all.add(iso);
        add(new Unit(iso, "money:" + iso, BigDecimal.ONE), prefix, suffix, all.toArray(String[]::new));
    }

    private static void add(Unit unit, String prefix, String suffix, String... words) {
        STYLES.put(unit, new Style(prefix, suffix));
        for (String word : words) {
            Unit previous = BY_WORD.put(normalize(word), unit);
            if (previous != null) {
                throw new IllegalStateException(
                        "\"" + word + "\" names both " + previous.code() + " and " + unit.code());
            }
        }
    }
}
