package org.claimcheck.reference;

import java.util.regex.Pattern;

/** Ids of subjects and attributes are kebab-case so they read the same in tables, labels and reports. */
final class Ids {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Ids() {
    }

    static boolean isKebabCase(String id) {
        return KEBAB.matcher(id).matches();
    }
}
