package org.claimcheck.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.claimcheck.reference.LoadResult;
import org.claimcheck.reference.ReferenceLoader;
import org.claimcheck.series.owid.ImportException;
import org.claimcheck.series.owid.ImportSettings;
import org.claimcheck.series.owid.ImportSummary;
import org.claimcheck.series.owid.OwidImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code claimcheck refs import owid SRC --out DIR}: Our World in Data series as TSVer exports them, into a
 * reference folder that {@code check --refs DIR} reads. The folder is loaded and validated once written, so an
 * import that exits 0 is one the checker can use.
 */
@Command(name = "owid", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Import Our World in Data series (a folder with csv/, metadata.json and country_codes.yaml)"
                + " into a reference folder: series/manifest.csv with one attribute per file and its phrases,"
                + " series/subjects.csv, the data files in series/data/, and the reference tables DIR lacks."})
final class RefsImportOwidCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SRC", description = "Folder laid out like TSVer's time_series.")
    Path source;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Reference folder to write; its series/ folder is replaced, other files are kept.")
    Path out;

    @Option(names = "--tables", paramLabel = "DIR", defaultValue = "reference-data",
            description = "Reference tables to copy into DIR where it has none of that name (default:"
                    + " ${DEFAULT-VALUE}).")
    Path tables;

    @Option(names = "--no-tables", description = "Copy no reference tables (DIR then needs its own to be checked).")
    boolean noTables;

    @Option(names = "--vintage", paramLabel = "yyyy-mm-dd",
            description = "When the series were exported or retrieved (default: left empty).")
    String vintage;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (vintage != null) {
            try {
                LocalDate.parse(vintage);
            } catch (DateTimeParseException e) {
                throw new ParameterException(spec.commandLine(), "--vintage \"" + vintage
                        + "\": expected a date yyyy-mm-dd");
            }
        }
        if (!noTables && !Files.isDirectory(tables)) {
            throw new ParameterException(spec.commandLine(), "--tables " + tables + ": no such folder (expected"
                    + " the reference tables to copy, or --no-tables)");
        }
        ImportSummary summary;
        try {
            summary = OwidImport.run(new ImportSettings(source, this.out,
                    noTables ? Optional.empty() : Optional.of(tables), vintage == null ? "" : vintage));
        } catch (ImportException e) {
            err.println(e.getMessage());
            return ExitCode.INVALID_REFERENCES.code();
        }
        summary.warnings().forEach(w -> err.println("warning: " + w));
        out.printf("%s: imported %d series (%d with curated phrases, %d with phrases from their titles),"
                + " %d subjects%n", this.out, summary.attributes(), summary.curated(),
                summary.attributes() - summary.curated(), summary.subjects());
        if (!summary.tablesCopied().isEmpty()) {
            out.printf("%s: copied %s from %s%n", this.out, String.join(", ", summary.tablesCopied()), tables);
        }
        LoadResult loaded = ReferenceLoader.load(this.out);
        loaded.problems().forEach(out::println);
        if (!loaded.isValid()) {
            out.println(this.out + ": the folder does not load: fix the problems above before checking with it");
            return ExitCode.INVALID_REFERENCES.code();
        }
        out.printf("%s: valid: %d series, %d figures%n", this.out, loaded.series().seriesCount(),
                loaded.series().pointCount());
        return ExitCode.OK.code();
    }
}
