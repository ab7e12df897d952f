package org.claimcheck.ingest;

/** What a line of extracted text is, which decides whether the layout may join it to its neighbours. */
enum LineKind {
    /** A line of running text that may continue the line before it (plain text, Markdown paragraph lines). */
    PLAIN,
    /** The first line of a list item: starts a new line of output; plain lines after it may continue it. */
    ITEM,
    /** A heading known from markup: always a line of its own. */
    HEADING,
    /** A complete block known from markup (an HTML paragraph, cell, caption): always a line of its own. */
    BLOCK,
    /** A paragraph break: nothing is joined across it. */
    BREAK
}
