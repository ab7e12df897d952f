package org.claimcheck.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvCellsTest {

    @Test
    void skipsAPlainCellToTheNextComma() {
        assertThat(CsvCells.skipCell("russia,2019,110.76", 0)).isEqualTo(6);
    }

    @Test
    void skipsAQuotedCellWithCommasLineBreaksAndDoubledQuotes() {
        String text = "\"Trade, \"\"total\"\"\nin USD\",2019";
        assertThat(CsvCells.skipCell(text, 0)).isEqualTo(text.indexOf(",2019"));
    }

    @Test
    void findsNoClosingQuoteInAnUnclosedCell() {
        assertThat(CsvCells.closingQuote("\"never closed, 2019", 0)).isEqualTo(-1);
        assertThat(CsvCells.skipCell("\"never closed, 2019", 0)).isEqualTo(19);
    }
}
