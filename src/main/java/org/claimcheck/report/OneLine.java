package org.claimcheck.report;

/**
 * Makes article text safe for line-oriented outputs (terminals, CI logs, table cells): line breaks, tabs and
 * every other control character, including terminal escape sequences' ESC, become a single space.
 */
final class OneLine {

    private OneLine() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length());
        boolean lastWasSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (control) {
                if (!lastWasSpace) {
                    sb.append(' ');
                }
                lastWasSpace = true;
            } else {
                sb.append(c);
                lastWasSpace = c == ' ';
            }
        }
        return sb.toString();
    }
}
