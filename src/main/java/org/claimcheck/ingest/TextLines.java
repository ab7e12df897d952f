package org.claimcheck.ingest;

import java.util.ArrayList;
import java.util.List;
import org.claimcheck.text.MappedText;

/** Splits mapped text at its line breaks into plain lines, blank lines becoming paragraph breaks. */
final class TextLines {

    private TextLines() {
    }

    static List<SourceLine> split(MappedText text) {
        List<SourceLine> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length();
            char c = end ? '\n' : text.charAt(i);
            if (c == '\n' || c == '\r') {
                MappedText line = text.subSequence(start, i);
                lines.add(line.isBlank() ? SourceLine.BREAK : new SourceLine(LineKind.PLAIN, line));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        return lines;
    }
}
