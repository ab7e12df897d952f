package org.claimcheck.report;

import org.claimcheck.extract.Claim;

/**
 * Where a claim starts and ends in its source file, 1-based; the end column is the column just after the
 * claim's last character (as SARIF counts it), computed by walking the claim's text from its start position.
 */
record ClaimLocation(int startLine, int startColumn, int endLine, int endColumn) {

    static ClaimLocation of(Claim claim) {
        int line = claim.position().line();
        int column = claim.position().column();
        String text = claim.text();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (c != '\r') {
                column++;
            }
        }
        return new ClaimLocation(claim.position().line(), claim.position().column(), line, column);
    }

    boolean singleLine() {
        return startLine == endLine;
    }

    /** {@code line:col} of the start. */
    String start() {
        return startLine + ":" + startColumn;
    }
}
