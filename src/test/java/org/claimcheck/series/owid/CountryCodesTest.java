package org.claimcheck.series.owid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountryCodesTest {

    @TempDir
    Path dir;

    @Test
    void readsCodesWithOneOrMoreNamesInEveryQuotingStyle() throws Exception {
        var names = CountryCodes.read(file("""
                # entity names
                ALA:
                - "\\xC5land Islands"
                CIV:
                  - 'C\u00f4te d''Ivoire'
                  - Cote d'Ivoire
                FLK:
                - Falkland Islands [Islas Malvinas]
                """));

        assertThat(names).containsExactly(
                java.util.Map.entry("ALA", List.of("\u00c5land Islands")),
                java.util.Map.entry("CIV", List.of("C\u00f4te d'Ivoire", "Cote d'Ivoire")),
                java.util.Map.entry("FLK", List.of("Falkland Islands [Islas Malvinas]")));
    }

    @Test
    void refusesANameBeforeAnyCodeNamingItsLine() throws Exception {
        Path file = file("- Nowhere\n");

        assertThatThrownBy(() -> CountryCodes.read(file)).hasMessage(file + ":1:1: error: cannot read \"- Nowhere\":"
                + " expected a code line such as \"GBR:\" or, after one, a name line such as \"- United Kingdom\"");
    }

    @Test
    void refusesACodeWithoutANameACodeGivenTwiceAndABadEscape() throws Exception {
        Path noName = file("GBR:\nFRA:\n- France\n");
        Path twice = file("GBR:\n- UK\nGBR:\n- Britain\n");
        Path escape = file("CIV:\n- \"C\\qte\"\n");

        assertThatThrownBy(() -> CountryCodes.read(noName)).hasMessageStartingWith(noName + ":1:1: error: code"
                + " \"GBR\" has no name");
        assertThatThrownBy(() -> CountryCodes.read(twice)).hasMessageStartingWith(twice + ":3:1: error: code"
                + " \"GBR\" appears twice (first at line 1)");
        assertThatThrownBy(() -> CountryCodes.read(escape)).hasMessageStartingWith(escape + ":2:5: error: unknown"
                + " escape \\q");
    }

    @Test
    void refusesYamlBeyondCodesAndNames() throws Exception {
        Path nested = file("GBR:\n  name: United Kingdom\n");
        Path flow = file("GBR:\n- [UK, Britain]\n");

        assertThatThrownBy(() -> CountryCodes.read(nested)).hasMessageStartingWith(nested + ":2:1: error: cannot"
                + " read \"name: United Kingdom\"");
        assertThatThrownBy(() -> CountryCodes.read(flow)).hasMessageStartingWith(flow + ":2:3: error: name"
                + " \"[UK, Britain]\" needs quotes");
    }

    private Path file(String text) throws Exception {
        Path file = Files.createTempFile(dir, "codes", ".yaml");
        Files.writeString(file, text);
        return file;
    }
}
