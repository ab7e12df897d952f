package org.claimcheck.series.owid;

/**
 * The three ways a YAML name can be written on one line: plain, single-quoted ({@code ''} for a quote) and
 * double-quoted with backslash escapes ({@code "C\xF4te d'Ivoire"}, the form country_codes.yaml uses for
 * accented names). A plain name must not start with a character that gives YAML another meaning.
 */
final class Scalars {

    private static final String SPECIAL_STARTS = "[]{}&*!|>%@`,#?";

    private Scalars() {
    }

    static String read(String text, String path, int line, int column) throws ImportException {
        if (text.isEmpty()) {
            throw ImportException.at(path, line, column, "empty name: expected a name after \"- \"");
        }
        if (text.startsWith("\"")) {
            return doubleQuoted(text, path, line, column);
        }
        if (text.startsWith("'")) {
            if (text.length() < 2 || !text.endsWith("'")) {
                throw ImportException.at(path, line, column, "quoted name never closed: expected a closing '");
            }
            return text.substring(1, text.length() - 1).replace("''", "'");
        }
        if (SPECIAL_STARTS.indexOf(text.charAt(0)) >= 0 || text.contains(": ") || text.contains(" #")) {
            throw ImportException.at(path, line, column, "name \"" + text + "\" needs quotes: expected a plain"
                    + " name, or one in double quotes");
        }
        return text;
    }

    private static String doubleQuoted(String text, String path, int line, int column) throws ImportException {
        StringBuilder out = new StringBuilder();
        int i = 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                if (i != text.length() - 1) {
                    throw ImportException.at(path, line, column + i + 1, "text after the closing quote: expected"
                            + " the end of the line");
                }
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 >= text.length()) {
                break;
            }
            char e = text.charAt(i + 1);
            int digits = e == 'x' ? 2 : e == 'u' ? 4 : e == 'U' ? 8 : 0;
            if (digits > 0) {
                String hex = i + 2 + digits <= text.length() ? text.substring(i + 2, i + 2 + digits) : "";
                if (!hex.matches("[0-9A-Fa-f]+") || hex.length() != digits) {
                    throw ImportException.at(path, line, column + i, "bad escape \\" + e + ": expected " + digits
                            + " hexadecimal digits");
                }
                out.appendCodePoint(Integer.parseInt(hex, 16));
                i += 2 + digits;
                continue;
            }
            String simple = switch (e) {
                case '\\' -> "\\";
                case '"' -> "\"";
                case '/' -> "/";
                case 'n' -> "\n";
                case 't' -> "\t";
                case ' ' -> " ";
                default -> null;
            };
            if (simple == null) {
                throw ImportException.at(path, line, column + i, "unknown escape \\" + e + ": expected one of"
                        + " \\\\ \\\" \\/ \\n \\t \\xNN \\uNNNN");
            }
            out.append(simple);
            i += 2;
        }
        throw ImportException.at(path, line, column, "quoted name never closed: expected a closing \"");
    }
}
