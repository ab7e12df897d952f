package org.claimcheck.nlp;

import java.util.Locale;

/** The entity types CoreNLP assigns that claimcheck cares about; everything else is OTHER. */
public enum MentionType {
    DATE,
    TIME,
    DURATION,
    SET,
    MONEY,
    PERCENT,
    NUMBER,
    ORDINAL,
    PERSON,
    ORGANIZATION,
    LOCATION,
    MISC,
    OTHER;

    public static MentionType fromTag(String tag) {
        if (tag == null) {
            return OTHER;
        }
        try {
            return valueOf(tag.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return switch (tag) {
                case "COUNTRY", "CITY", "STATE_OR_PROVINCE", "NATIONALITY" -> LOCATION;
                default -> OTHER;
            };
        }
    }

    /** A stretch of time or a rhythm: "20 years", "every four years". */
    public boolean isDuration() {
        return this == DURATION || this == SET;
    }

    public boolean isNumericOrTemporal() {
        return this == DATE || this == MONEY || this == PERCENT || this == NUMBER;
    }
}
