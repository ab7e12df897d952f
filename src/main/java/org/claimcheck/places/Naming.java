package org.claimcheck.places;

/** How a text named a place. */
public enum Naming {
    /** The place's name ("United Kingdom", "South Africa", "G7"). */
    NAME,
    /** Another name or an abbreviation ("the UK", "Britain", "USA", "America", "DRC"). */
    SHORT_NAME,
    /** The adjective ("Kenyan unemployment", "British", "Filipino"). */
    ADJECTIVE,
    /** A word for its people ("South Africans", "Britons"). */
    DEMONYM,
    /** A phrase for the members of a group ("G7 country", "EU member states", "African countries"). */
    GROUP
}
