package org.claimcheck.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every column code of the Our World in Data series in {@code ../shared/tsver} is a place of the gazetteer. */
class SeriesCodesTest {

    private static final Path SERIES = Path.of("../shared/tsver/time_series");
    private static final Pattern YAML_KEY = Pattern.compile("^([A-Z][A-Z0-9_]*):\\s*$", Pattern.MULTILINE);

    private static final Gazetteer PLACES = Gazetteer.bundled();

    @Test
    void everyIsoCountryCodeOfTheSeriesIsAPlaceWithAName() throws IOException {
        Set<String> iso = Set.of(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3).toArray(String[]::new));
        List<String> isoKeys = yamlKeys().stream().filter(iso::contains).toList();
        assertThat(isoKeys).hasSizeGreaterThan(240);
        for (String code : isoKeys) {
            assertThat(PLACES.byCode(code)).as(code).hasValueSatisfying(place -> {
                assertThat(place.name()).isNotBlank();
                assertThat(place.alpha2()).hasSize(2);
            });
        }
    }

    @Test
    void everyOtherCodeOfTheCodeListIsAPlaceToo() throws IOException {
        assertThat(yamlKeys()).allSatisfy(code -> assertThat(PLACES.byCode(code)).as(code).isPresent());
    }

    @Test
    void everyColumnOfEverySeriesIsAPlace() throws IOException {
        Set<String> columns = new TreeSet<>();
        try (Stream<Path> files = Files.list(SERIES.resolve("csv"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
                try (Stream<String> lines = Files.lines(file)) {
                    lines.findFirst().ifPresent(header -> columns.addAll(Arrays.asList(header.split(","))));
                }
            }
        }
        columns.remove("Date");
        assertThat(columns).contains("OWID_WRL", "OWID_AFR", "OWID_EU27", "WB_SSA");
        assertThat(columns).filteredOn(code -> PLACES.byCode(code).isEmpty()).isEmpty();
    }

    @Test
    void everyNameOfTheCodeListFindsItsCode() throws IOException {
        Map<String, List<String>> names = yamlNames();
        assertThat(names).isNotEmpty();
        names.forEach((code, list) -> {
            for (String name : list) {
                List<PlaceMention> found = PLACES.find(name);
                assertThat(found).as("%s names %s", name, code).hasSize(1);
                assertThat(found.get(0).text()).as(name).isEqualTo(name);
                // "Kosovo", "Yugoslavia" and "Saint Martin" are declared ambiguous: the code is one of the candidates
                assertThat(found.get(0).candidates()).extracting(Place::code).as(name).contains(code);
            }
        });
    }

    /** The names listed under each code; YAML's "\xC5" escapes decoded (the file is plain ASCII). */
    private static Map<String, List<String>> yamlNames() throws IOException {
        Map<String, List<String>> names = new LinkedHashMap<>();
        String code = null;
        for (String line : Files.readAllLines(SERIES.resolve("country_codes.yaml"))) {
            Matcher key = YAML_KEY.matcher(line);
            if (key.matches()) {
                code = key.group(1);
            } else if (line.startsWith("- ") && code != null) {
                names.computeIfAbsent(code, c -> new ArrayList<>()).add(unquote(line.substring(2).trim()));
            }
        }
        return names;
    }

    private static String unquote(String value) {
        if (!value.startsWith("\"")) {
            return value;
        }
        Matcher escape = Pattern.compile("\\\\x([0-9A-Fa-f]{2})").matcher(value.substring(1, value.length() - 1));
        StringBuilder text = new StringBuilder();
        while (escape.find()) {
            escape.appendReplacement(text, String.valueOf((char) Integer.parseInt(escape.group(1), 16)));
        }
        return escape.appendTail(text).toString();
    }

    private static List<String> yamlKeys() throws IOException {
        Path yaml = SERIES.resolve("country_codes.yaml");
        assertThat(yaml).as("the series' code list is read from %s", yaml.toAbsolutePath()).isRegularFile();
        Matcher m = YAML_KEY.matcher(Files.readString(yaml));
        List<String> keys = new ArrayList<>();
        while (m.find()) {
            keys.add(m.group(1));
        }
        return keys;
    }
}
