package org.claimcheck.ingest;

import org.claimcheck.text.MappedText;
import org.claimcheck.text.MappedTextBuilder;

/**
 * Maps the decoded characters of a JSON string literal to the raw characters in its line: plain characters
 * map to themselves, each escape ({@code \n}, {@code \"}, {@code \u00e9}) to its backslash.
 */
final class JsonStrings {

    private JsonStrings() {
    }

    /**
     * @param line the raw line
     * @param quote offset in {@code line} of the literal's opening quote
     * @param decoded the value as the JSON parser decoded it, used to check the walk
     * @param lineStart offset of {@code line} in the file, added to every mapped offset
     */
    static MappedText map(String line, int quote, String decoded, int lineStart) {
        MappedTextBuilder out = new MappedTextBuilder();
        int i = quote + 1;
        while (i < line.length() && line.charAt(i) != '"') {
            char c = line.charAt(i);
            if (c != '\\' || i + 1 >= line.length()) {
                out.append(c, lineStart + i);
                i++;
                continue;
            }
            char e = line.charAt(i + 1);
            int length = 2;
            char value = switch (e) {
                case 'n' -> '\n';
                case 't' -> '\t';
                case 'r' -> '\r';
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 'u' -> {
                    length = 6;
                    yield (char) Integer.parseInt(line.substring(i + 2, i + 6), 16);
                }
                default -> e;
            };
            out.append(value, lineStart + i);
            i += length;
        }
        MappedText mapped = out.build();
        if (mapped.toString().equals(decoded)) {
            return mapped;
        }
        MappedTextBuilder fallback = new MappedTextBuilder();
        for (int k = 0; k < decoded.length(); k++) {
            fallback.append(decoded.charAt(k), lineStart + Math.max(0, quote));
        }
        return fallback.build();
    }
}
