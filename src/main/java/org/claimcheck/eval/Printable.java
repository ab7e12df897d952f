package org.claimcheck.eval;

/** Text from articles made safe for one line of a terminal: control characters, escapes included, are spaces. */
final class Printable {

    private Printable() {
    }

    static String of(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        return sb.toString();
    }
}
