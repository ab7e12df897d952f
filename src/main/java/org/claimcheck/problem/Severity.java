package org.claimcheck.problem;

/** How bad a problem is: an error loses input or makes a result incomplete, a warning does not. */
public enum Severity {
    ERROR,
    WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
