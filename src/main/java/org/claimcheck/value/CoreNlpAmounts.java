package org.claimcheck.value;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the normalized strings CoreNLP gives MONEY, PERCENT and NUMBER mentions: {@code >$2.0E11},
 * {@code ~%30.0}, {@code 元1.2E12}, {@code 3.8E10}, {@code 2000.0}. CoreNLP prints a double, so the ".0" it
 * always adds is dropped ("2000.0" is 2000, "2.0E11" is 2E+11); the stated precision is otherwise lost and
 * the surface text, when it reads, is the better source. A range ("%10.0 - 15.0", "2019.0 - 20.0") is not
 * one value and gives empty, as does a MONEY value whose currency is unknown.
 */
final class CoreNlpAmounts {

    private static final Pattern NORMALIZED = Pattern.compile(
            "(>=|<=|>|<|~)?(\\p{Sc}|元|%|[A-Z]{3})?(-?\\d+(?:\\.\\d+)?(?:E-?\\d+)?)");
    private static final Map<String, Qualifier> QUALIFIERS = Map.of(">=", Qualifier.AT_LEAST,
            "<=", Qualifier.AT_MOST, ">", Qualifier.MORE_THAN, "<", Qualifier.LESS_THAN, "~", Qualifier.APPROXIMATELY);

    private CoreNlpAmounts() {
    }

    static Optional<NormalizedAmount> read(String normalized, String nerTag) {
        if (normalized == null || nerTag == null) {
            return Optional.empty();
        }
        Matcher m = NORMALIZED.matcher(normalized.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        Qualifier qualifier = m.group(1) == null ? Qualifier.EXACT : QUALIFIERS.get(m.group(1));
        Optional<Unit> unit = unit(m.group(2), nerTag);
        BigDecimal number;
        try {
            number = new BigDecimal(m.group(3).replaceFirst("\\.0(?=E|$)", ""));
        } catch (NumberFormatException e) {
            return Optional.empty(); // "1E2201912019": an exponent beyond what a number can hold
        }
        return unit.map(u -> new NormalizedAmount(qualifier, new Amount(number, u)));
    }

    private static Optional<Unit> unit(String symbol, String nerTag) {
        return switch (nerTag) {
            case "MONEY" -> symbol == null ? Optional.empty() : Units.find(symbol).filter(Unit::isCurrency);
            case "PERCENT" -> "%".equals(symbol) ? Optional.of(Units.percent()) : Optional.empty();
            case "NUMBER" -> symbol == null ? Optional.of(Units.count()) : Optional.empty();
            default -> Optional.empty();
        };
    }
}
