package org.claimcheck.report;

/**
 * Escapes text for GitHub-flavoured Markdown table cells, which hold inline content only: HTML-significant
 * characters become entities, inline Markdown punctuation (emphasis, code spans, links, strikethrough, math,
 * cell separators) is backslash-escaped, line breaks become spaces, and a word joiner after {@code @} keeps
 * article text from mentioning people. Article text can neither inject HTML nor break a row.
 */
final class MarkdownText {

    private static final String BACKSLASHED = "\\`*_[]|~$";

    private MarkdownText() {
    }

    static String escape(String text) {
        String line = OneLine.of(text);
        StringBuilder sb = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '@' -> sb.append("@\u2060");
                default -> {
                    if (BACKSLASHED.indexOf(c) >= 0) {
                        sb.append('\\');
                    }
                    sb.append(c);
                }
            }
        }
        return sb.toString();
    }
}
