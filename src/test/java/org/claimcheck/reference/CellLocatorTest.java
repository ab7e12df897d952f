package org.claimcheck.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellLocatorTest {

    @Test
    void findsTheStartOfEveryCellIncludingEmptyAndQuotedOnes() {
        String text = "a,,\"b,\"\"c\"\"\",d\nnext";

        assertThat(CellLocator.cellStarts(text, 0)).containsExactly(0, 2, 3, 13);
        assertThat(CellLocator.cellStarts(text, 15)).containsExactly(15);
    }

    @Test
    void skipsBlankLinesBeforeARecord() {
        assertThat(CellLocator.cellStarts("x\n\r\n\ny,z", 2)).containsExactly(5, 7);
    }

    @Test
    void findsNoMalformationInWellFormedText() {
        assertThat(CellLocator.findMalformation("a,\"b\"\r\n\"x\ny\",z\n")).isEmpty();
        assertThat(CellLocator.findMalformation("a,b\"c\n")).isEmpty();
    }

    @Test
    void findsAnUnclosedQuoteAndTextAfterAClosingQuote() {
        assertThat(CellLocator.findMalformation("a,\"b\nc")).map(CellLocator.Malformation::offset).contains(2);
        assertThat(CellLocator.findMalformation("a,\"b\"c")).map(CellLocator.Malformation::offset).contains(5);
    }
}
