package org.claimcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Keeps the pipeline one-directional by scanning the imports of the main sources. */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java/org/claimcheck");
    private static final Pattern IMPORT = Pattern.compile("^import (static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);

    /** For each package, the project packages it may import. */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("text", Set.of()),
            Map.entry("problem", Set.of("text")),
            Map.entry("value", Set.of()),
            Map.entry("places", Set.of()),
            Map.entry("ingest", Set.of("text", "problem")),
            Map.entry("nlp", Set.of("text", "ingest")),
            Map.entry("extract", Set.of("text", "value", "ingest", "nlp")),
            Map.entry("series", Set.of("text", "problem")),
            Map.entry("reference", Set.of("text", "problem", "value", "series")),
            Map.entry("statistics", Set.of("text", "value", "extract", "series", "places")),
            Map.entry("verify", Set.of("text", "value", "ingest", "extract", "reference", "problem", "series",
                    "places", "statistics")),
            Map.entry("result", Set.of("problem", "ingest", "verify", "extract")),
            Map.entry("run", Set.of("text", "problem", "value", "ingest", "nlp", "extract", "verify", "result")),
            Map.entry("report", Set.of("text", "problem", "value", "ingest", "extract", "verify", "result")),
            Map.entry("gate", Set.of("result", "verify", "extract")),
            Map.entry("job", Set.of("result", "run", "report")),
            Map.entry("eval", Set.of("text", "problem", "value", "ingest", "extract", "reference", "verify", "run",
                    "result", "report", "nlp")));

    @Test
    void coreNlpIsImportedOnlyByTheNlpPackage() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = packageOf(file);
            if (!pkg.startsWith("nlp") && Files.readString(file).contains("edu.stanford.nlp")) {
                offenders.add(MAIN.relativize(file).toString());
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void everyPackageImportsOnlyStagesBeforeIt() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = packageOf(file);
            Set<String> allowed = ALLOWED.get(pkg);
            if (allowed == null) {
                continue;
            }
            Matcher m = IMPORT.matcher(Files.readString(file));
            while (m.find()) {
                String imported = m.group(2);
                if (imported.startsWith("org.claimcheck.")) {
                    String target = imported.substring("org.claimcheck.".length()).split("\\.")[0];
                    if (!target.equals(pkg) && !allowed.contains(target)) {
                        violations.add(MAIN.relativize(file) + " imports " + imported);
                    }
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void placesUsesNothingButTheJdkAndCommonsCsv() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : sources()) {
            if (!packageOf(file).equals("places")) {
                continue;
            }
            Matcher m = IMPORT.matcher(Files.readString(file));
            while (m.find()) {
                String imported = m.group(2);
                if (!imported.startsWith("java.") && !imported.startsWith("org.apache.commons.csv")
                        && !imported.startsWith("org.claimcheck.places")) {
                    offenders.add(MAIN.relativize(file) + " imports " + imported);
                }
            }
        }
        assertThat(offenders).isEmpty();
    }

    @Test
    void onlyMainCallsSystemExit() throws IOException {
        List<String> callers = new ArrayList<>();
        for (Path file : sources()) {
            if (Files.readString(file).contains("System.exit(") && !file.endsWith(Path.of("cli/Main.java"))) {
                callers.add(MAIN.relativize(file).toString());
            }
        }
        assertThat(callers).isEmpty();
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> s = Files.walk(MAIN)) {
            return s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static String packageOf(Path file) {
        return MAIN.relativize(file).getName(0).toString();
    }
}
