package org.claimcheck.value;

/**
 * The comparator or hedge a text puts in front of a value ("more than $140 billion", "nearly 30%",
 * "since 2014"). EXACT when the text states the value plainly.
 */
public enum Qualifier {
    EXACT("exactly"),
    APPROXIMATELY("about"),
    NEARLY("nearly"),
    MORE_THAN("more than"),
    AT_LEAST("at least"),
    LESS_THAN("less than"),
    AT_MOST("up to"),
    SINCE("since"),
    BEFORE("before"),
    AFTER("after"),
    /** "Lasted until 1895", "was not signed until 2001": the date itself, or only a bound; the text rarely says. */
    UNTIL("until");

    private final String phrase;

    Qualifier(String phrase) {
        this.phrase = phrase;
    }

    /** The plain-English phrase for explanations ("more than"). */
    public String phrase() {
        return phrase;
    }
}
