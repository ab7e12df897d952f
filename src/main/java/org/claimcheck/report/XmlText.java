package org.claimcheck.report;

/**
 * Removes what XML 1.0 forbids anywhere in a document: control characters other than tab, line feed and
 * carriage return, lone surrogates, U+FFFE and U+FFFF. Escaping alone cannot save these: a parser rejects
 * them even as character references.
 */
final class XmlText {

    private XmlText() {
    }

    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int width = 1;
            boolean allowed;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                allowed = true;
                width = 2;
            } else {
                allowed = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
            }
            if (!allowed && sb == null) {
                sb = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (allowed && sb != null) {
                sb.append(text, i, i + width);
            }
            i += width - 1;
        }
        return sb == null ? text : sb.toString();
    }
}
