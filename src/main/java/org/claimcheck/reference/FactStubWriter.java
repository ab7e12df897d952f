package org.claimcheck.reference;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes fact stubs as a facts table (header, then one row per stub) that a curator can open in a spreadsheet
 * and complete. Every cell that a spreadsheet would run as a formula is neutralised with a leading quote.
 */
public final class FactStubWriter {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").build();

    private FactStubWriter() {
    }

    public static void write(List<FactStub> stubs, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(TableKind.FACTS.columns());
        for (FactStub stub : stubs) {
            printer.printRecord(
                    safe(stub.subjectId()),
                    safe(stub.attribute()),
                    safe(stub.value()),
                    safe(stub.period()),
                    "",
                    "",
                    "",
                    safe(stub.note()));
        }
        printer.flush();
    }

    /**
     * Spreadsheets evaluate a cell that starts with {@code = + - @} (and some also after a tab or carriage
     * return) as a formula; a leading single quote makes them show it as text.
     */
    static String safe(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
