package org.claimcheck.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.claimcheck.reference.TableErrorsTest.assertProblem;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Problems between rows: ids and aliases claimed twice, facts repeated or contradicting each other. */
class ConsistencyErrorsTest {

    private static final String LAUNCH =
            "power-of-siberia,began-operations,2019-12-02,,,https://example.org/launch,2019-12-02,\n";
    private static final String TRADE_2021 =
            "russia-china-trade,trade,146.88 billion USD,2021,,https://example.org/trade,2022-01-14,\n";

    @TempDir
    Path dir;

    private String path(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void pointsAtBothRowsOfADuplicateFact() {
        TableFixture tables = new TableFixture(dir).withFacts(LAUNCH + TRADE_2021
                + "russia-china-trade,trade,146.880 billion USD,2021,,https://example.org/other,2022-01-14,copy\n");

        assertProblem(tables.onlyProblem(), "duplicate-fact", path("facts.csv"), 4, 1, "duplicate fact: same"
                + " subject, attribute, period, vintage and value as " + path("facts.csv") + ":3;"
                + " expected each fact once");
    }

    @Test
    void findsDuplicatesAcrossTables() {
        TableFixture tables = new TableFixture(dir).withFacts(LAUNCH)
                .with("facts-trade.csv", "subject_id,attribute,value,period,tolerance,source,vintage,note\n"
                        + TRADE_2021 + TRADE_2021.replace("example.org/trade", "example.org/again"));

        assertProblem(tables.onlyProblem(), "duplicate-fact", path("facts-trade.csv"), 3, 1, "duplicate fact:"
                + " same subject, attribute, period, vintage and value as " + path("facts-trade.csv") + ":2;"
                + " expected each fact once");
    }

    @Test
    void reportsTwoValuesForTheSameVintageAsAConflict() {
        TableFixture tables = new TableFixture(dir).withFacts(LAUNCH + TRADE_2021
                + "russia-china-trade,trade,147.2 billion USD,2021,,https://example.org/other,2022-01-14,\n");

        assertProblem(tables.onlyProblem(), "conflicting-facts", path("facts.csv"), 4, 1, "conflicting facts: "
                + path("facts.csv") + ":3 gives \"$146.88 billion\" for the same subject, attribute, period and"
                + " vintage, this row gives \"$147.2 billion\"; expected one value per vintage (give a revision its"
                + " own vintage)");
    }

    @Test
    void letsARevisionCoexistWithTheFirstEstimateUnderItsOwnVintage() {
        TableFixture tables = new TableFixture(dir).withFacts(LAUNCH + TRADE_2021
                + "russia-china-trade,trade,147.2 billion USD,2021,,https://example.org/revised,2023-01-13,\n");

        LoadResult result = tables.load();

        assertThat(result.problems()).isEmpty();
        assertThat(result.index().facts("russia-china-trade", "trade")).hasSize(2);
    }

    @Test
    void pointsAtBothSubjectsOfAnAliasClaimedTwiceAfterNormalisation() {
        TableFixture tables = new TableFixture(dir).with("subjects.csv",
                TableFixture.SUBJECTS + "sila-sibiri-2,Power of Siberia 2,SILA SIBIRI,\n");

        assertProblem(tables.onlyProblem(), "duplicate-alias", path("subjects.csv"), 4, 34, "alias \"SILA SIBIRI\""
                + " of \"sila-sibiri-2\" is also an alias of \"power-of-siberia\" at " + path("subjects.csv") + ":2"
                + " (both read as \"sila sibiri\"): expected each alias to name one subject");
    }

    @Test
    void treatsDashVariantsOfANameAsTheSameAlias() {
        TableFixture tables = new TableFixture(dir).with("subjects.csv",
                TableFixture.SUBJECTS + "trade-again,Russia-China Trade,,\n");

        assertProblem(tables.onlyProblem(), "duplicate-alias", path("subjects.csv"), 4, 13, "alias \"Russia-China"
                + " Trade\" of \"trade-again\" is also an alias of \"russia-china-trade\" at " + path("subjects.csv")
                + ":3 (both read as \"russia china trade\"): expected each alias to name one subject");
    }

    @Test
    void pointsAtTheFirstDefinitionOfADuplicateSubjectId() {
        TableFixture tables = new TableFixture(dir).with("subjects.csv",
                TableFixture.SUBJECTS + "power-of-siberia,Another pipeline,,\n");

        assertProblem(tables.onlyProblem(), "duplicate-subject", path("subjects.csv"), 4, 1, "duplicate subject id"
                + " \"power-of-siberia\": already defined at " + path("subjects.csv") + ":2; expected each id once");
    }

    @Test
    void pointsAtTheFirstDefinitionOfADuplicateAttributeId() {
        TableFixture tables = new TableFixture(dir).with("attributes.csv",
                TableFixture.ATTRIBUTES + "trade,measure,commerce,\n");

        assertProblem(tables.onlyProblem(), "duplicate-attribute", path("attributes.csv"), 4, 1, "duplicate"
                + " attribute id \"trade\": already defined at " + path("attributes.csv") + ":3;"
                + " expected each id once");
    }
}
