package org.claimcheck.ingest;

import org.claimcheck.text.Chars;
import org.claimcheck.text.MappedText;
import org.claimcheck.text.MappedTextBuilder;

/**
 * Normalises the characters of one line for the NLP stage without moving any offset: runs of whitespace
 * (tabs, no-break spaces, other Unicode spaces, control characters) become one plain space that maps to the
 * first of them, invisible characters (soft hyphens, zero-width spaces) are dropped, and the ends are trimmed.
 */
final class LineCleaner {

    private LineCleaner() {
    }

    static MappedText clean(MappedText line) {
        MappedTextBuilder out = new MappedTextBuilder();
        boolean pendingSpace = false;
        int spaceSource = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Chars.isInvisible(c)) {
                continue;
            }
            if (Chars.isSpace(c) || Character.isISOControl(c)) {
                if (!pendingSpace) {
                    pendingSpace = true;
                    spaceSource = line.sourceOffset(i);
                }
                continue;
            }
            if (pendingSpace && out.length() > 0) {
                out.append(' ', spaceSource);
            }
            pendingSpace = false;
            out.append(c, line.sourceOffset(i));
        }
        return out.build();
    }
}
