package org.claimcheck.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void foldsCaseAndAccents() {
        assertThat(Names.normalize("Société Générale")).isEqualTo("societe generale");
        assertThat(Names.normalize("Straße")).isEqualTo("strasse");
    }

    @Test
    void turnsEveryKindOfDashIntoASpace() {
        String expected = "russia china trade";
        for (String dash : new String[] {"-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212",
            "\uFE63", "\uFF0D"}) {
            assertThat(Names.normalize("Russia" + dash + "China trade")).as("U+%04X", (int) dash.charAt(0))
                    .isEqualTo(expected);
        }
    }

    @Test
    void turnsPunctuationIntoSpacesAndCollapsesThem() {
        assertThat(Names.normalize("  Power of Siberia  (pipeline), \"gas\"  "))
                .isEqualTo("power of siberia pipeline gas");
        assertThat(Names.normalize("\u201cPower of Siberia\u201d")).isEqualTo("power of siberia");
    }

    @Test
    void readsAmpersandAsAnd() {
        assertThat(Names.normalize("Trade & Economic Cooperation")).isEqualTo("trade and economic cooperation");
        assertThat(Names.normalize("R&D")).isEqualTo("r and d");
    }

    @Test
    void dropsALeadingThe() {
        assertThat(Names.normalize("The Shanghai Cooperation Organisation"))
                .isEqualTo("shanghai cooperation organisation");
        assertThat(Names.normalize("Theatre")).isEqualTo("theatre");
        assertThat(Names.normalize("Treaty of the Bay")).isEqualTo("treaty of the bay");
    }

    @Test
    void dropsPossessivesWithStraightOrCurlyApostrophes() {
        assertThat(Names.normalize("Russia's trade")).isEqualTo("russia trade");
        assertThat(Names.normalize("Russia\u2019s trade")).isEqualTo("russia trade");
        assertThat(Names.normalize("the members' summit")).isEqualTo("members summit");
        assertThat(Names.normalize("O'Neill")).isEqualTo("oneill");
    }

    @Test
    void joinsDottedAcronyms() {
        assertThat(Names.normalize("U.S.-China trade")).isEqualTo("us china trade");
        assertThat(Names.normalize("the U.K.")).isEqualTo("uk");
    }

    @Test
    void leavesPluralsAlone() {
        assertThat(Names.normalize("United States")).isEqualTo("united states");
        assertThat(Names.normalize("Brussels")).isEqualTo("brussels");
    }

    @Test
    void givesTheSameKeyToSpellingsOfOneTreaty() {
        assertThat(Names.normalize("Treaty of Good-Neighborliness"))
                .isEqualTo(Names.normalize("treaty of good neighborliness"));
        assertThat(Names.normalize("Good\u2011Neighbourliness Treaty")).isEqualTo("good neighbourliness treaty");
    }

    @Test
    void orderFreeKeyMeetsWhateverTheWordOrder() {
        assertThat(Names.orderFreeKey("Russia\u2013China trade")).isEqualTo(Names.orderFreeKey("China-Russia trade"));
        assertThat(Names.orderFreeKey("trade between Russia and China"))
                .isEqualTo(Names.orderFreeKey("China–Russia trade"))
                .isEqualTo("china russia trade");
        assertThat(Names.orderFreeKey("Treaty of Good-Neighborliness"))
                .isEqualTo(Names.orderFreeKey("Good-Neighborliness Treaty"));
    }

    @Test
    void orderFreeKeyStillTellsDifferentWordsApart() {
        assertThat(Names.orderFreeKey("Russia–China trade")).isNotEqualTo(Names.orderFreeKey("Russia–India trade"));
        assertThat(Names.orderFreeKey("")).isEmpty();
        assertThat(Names.orderFreeKey("the")).isEmpty();
    }

    @Test
    void normalizingTwiceChangesNothing() {
        for (String name : new String[] {"The U.S.\u2013China \u201ctrade\u201d", "Russia's exports & imports",
            "Sila Sibiri"}) {
            String once = Names.normalize(name);
            assertThat(Names.normalize(once)).isEqualTo(once);
        }
    }
}
