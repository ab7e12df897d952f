package org.claimcheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.claimcheck.reference.ReferenceIndex;
import org.claimcheck.reference.ReferenceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ShippedTablesTest {

    @ParameterizedTest
    @ValueSource(strings = {"reference-data", "eval/reference-data"})
    void rebuildsTheIndexTheDriverLoadedWithTheSameTablePaths(String dir) {
        assertSameIndex(Path.of(dir), Path.of(dir));
    }

    @Test
    void rebuildsTheIndexOfAnAbsoluteFolder() {
        Path absolute = Path.of("reference-data").toAbsolutePath();
        assertSameIndex(absolute, absolute);
    }

    @Test
    void shipsAFolderNamedWithDotStepsUnderItsNormalisedName() {
        assertThat(ShippedTables.shippedName(Path.of("./eval/../reference-data"))).isEqualTo("reference-data");
        assertSameIndex(Path.of("./reference-data"), Path.of("reference-data"));
        Path up = Path.of("../" + Path.of("").toAbsolutePath().getFileName() + "/reference-data");
        assertSameIndex(up, Path.of("reference-data").toAbsolutePath());
    }

    private static void assertSameIndex(Path given, Path shown) {
        ReferenceIndex expected = ReferenceLoader.load(shown).index();
        ReferenceIndex shipped = ShippedTables.of(given).index();
        assertThat(expected.facts()).isNotEmpty();
        assertThat(shipped.facts()).isEqualTo(expected.facts());
        assertThat(shipped.subjects()).isEqualTo(expected.subjects());
        assertThat(shipped.attributes()).isEqualTo(expected.attributes());
        assertThat(shipped.rates()).isEqualTo(expected.rates());
    }
}
