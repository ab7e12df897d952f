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

    /**
     * A person, organization, location or other name: what only the CRF tags, and what the name filter lets a
     * sentence go without (no claim reads these types).
     */
    public boolean isName() {
        return this == PERSON || this == ORGANIZATION || this == LOCATION || this == MISC;
    }

    public boolean isNumericOrTemporal() {
        return this == DATE || this == MONEY || this == PERCENT || this == NUMBER;
    }
}
