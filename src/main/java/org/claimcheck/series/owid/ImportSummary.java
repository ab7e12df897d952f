package org.claimcheck.series.owid;

import java.util.List;

/**
 * What an import wrote.
 *
 * @param attributes series written to the manifest
 * @param curated of them, how many took their words from the project's vocabulary (the rest from their titles)
 * @param subjects rows of the series subjects table
 * @param tablesCopied reference tables copied beside the series
 * @param warnings things worth a look that did not stop the import (a code without a name, a file without a
 *     description)
 */
public record ImportSummary(int attributes, int curated, int subjects, List<String> tablesCopied,
        List<String> warnings) {

    public ImportSummary {
        tablesCopied = List.copyOf(tablesCopied);
        warnings = List.copyOf(warnings);
    }
}
