package org.claimcheck.series;

import java.util.Locale;
import java.util.Optional;

/** How a series file lays out its figures. */
enum Layout {
    /** A year column, then one column per subject code: one attribute per file (Our World in Data's exports). */
    WIDE,
    /** One figure per row, {@code subject,attribute,period,value,unit,source}: any number of attributes. */
    LONG;

    static Optional<Layout> fromText(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "wide" -> Optional.of(WIDE);
            case "long" -> Optional.of(LONG);
            default -> Optional.empty();
        };
    }
}
