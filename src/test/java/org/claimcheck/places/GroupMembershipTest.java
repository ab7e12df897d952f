package org.claimcheck.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Who belonged to which group on which day, per the bundled group-members.csv. */
class GroupMembershipTest {

    private static final Gazetteer PLACES = Gazetteer.bundled();

    private static Group group(String code) {
        return PLACES.group(code).orElseThrow();
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void theUkLeftTheEuAtTheEndOfJanuary2020() {
        Group eu = group("OWID_EU27");
        assertThat(eu.isMember("GBR", day("2019-06-01"))).isTrue();
        assertThat(eu.isMember("GBR", day("2020-01-31"))).isTrue();
        assertThat(eu.isMember("GBR", day("2020-02-01"))).isFalse();
        assertThat(eu.isMember("GBR", day("2021-06-01"))).isFalse();
        assertThat(eu.wasEverMember("GBR")).isTrue();
        assertThat(eu.membersOn(day("2019-06-01"))).hasSize(28);
        assertThat(eu.membersOn(day("2021-06-01"))).hasSize(27).doesNotContain("GBR");
    }

    @Test
    void euMembersJoinOnTheirAccessionDay() {
        Group eu = group("OWID_EU27");
        assertThat(eu.membersOn(day("1958-01-01"))).containsExactly("BEL", "DEU", "FRA", "ITA", "LUX", "NLD");
        assertThat(eu.isMember("HRV", day("2013-06-30"))).isFalse();
        assertThat(eu.isMember("HRV", day("2013-07-01"))).isTrue();
        assertThat(eu.isMember("POL", day("2004-05-01"))).isTrue();
    }

    @Test
    void argentinaIsInTheG20ButNeverJoinedBrics() {
        LocalDate mid2024 = day("2024-06-01");
        assertThat(group("G20").isMember("ARG", mid2024)).isTrue();
        assertThat(group("BRICS").isMember("ARG", mid2024)).isFalse();
        assertThat(group("BRICS").wasEverMember("ARG")).isFalse();
        assertThat(group("BRICS").isMember("SAU", mid2024)).isFalse();
    }

    @Test
    void bricsGrewIn2010And2024And2025() {
        Group brics = group("BRICS");
        assertThat(brics.membersOn(day("2010-01-01"))).containsExactly("BRA", "CHN", "IND", "RUS");
        assertThat(brics.isMember("ZAF", day("2011-04-14"))).isTrue();
        assertThat(brics.isMember("EGY", day("2023-12-31"))).isFalse();
        assertThat(brics.membersOn(day("2024-01-01"))).contains("EGY", "ETH", "IRN", "ARE").hasSize(9);
        assertThat(brics.membersOn(day("2025-06-01"))).contains("IDN").hasSize(10);
    }

    @Test
    void theG7HasSevenCountriesAndTheG8HadRussiaUntil2014() {
        assertThat(group("G7").membersOn(day("2024-01-01")))
                .containsExactly("CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA");
        assertThat(group("G7").isMember("CAN", day("1976-01-01"))).isFalse();
        assertThat(group("G8").isMember("RUS", day("2005-07-06"))).isTrue();
        assertThat(group("G8").membersOn(day("2015-01-01"))).isEmpty();
    }

    @Test
    void theG20CountsTheEuAndFromSeptember2023TheAfricanUnion() {
        Group g20 = group("G20");
        assertThat(g20.isMember("OWID_EU27", day("2010-01-01"))).isTrue();
        assertThat(g20.isMember("AU", day("2023-09-08"))).isFalse();
        assertThat(g20.isMember("AU", day("2023-09-09"))).isTrue();
        assertThat(g20.membersOn(day("2024-01-01"))).hasSize(21);
    }

    @Test
    void eurozoneMembersAdoptedTheEuroOnTheirOwnDates() {
        Group euro = group("EUROZONE");
        assertThat(euro.membersOn(day("1999-01-01"))).hasSize(11);
        assertThat(euro.isMember("GRC", day("2000-12-31"))).isFalse();
        assertThat(euro.isMember("HRV", day("2023-01-01"))).isTrue();
        assertThat(euro.isMember("BGR", day("2026-01-01"))).isTrue();
        assertThat(euro.wasEverMember("GBR")).isFalse();
    }

    @Test
    void oecdAccessionsAreDated() {
        Group oecd = group("OECD");
        assertThat(oecd.isMember("USA", day("1970-01-01"))).isTrue();
        assertThat(oecd.isMember("COL", day("2020-04-27"))).isFalse();
        assertThat(oecd.isMember("COL", day("2020-04-28"))).isTrue();
        assertThat(oecd.membersOn(day("2024-01-01"))).hasSize(38);
    }

    @Test
    void africaTheContinentHas54StatesAndTheAfricanUnion55Members() {
        LocalDate today = day("2024-01-01");
        long states = group("OWID_AFR").membersOn(today).stream()
                .filter(code -> PLACES.requireCode(code).kind() == PlaceKind.COUNTRY).count();
        assertThat(states).isEqualTo(54);
        assertThat(group("OWID_AFR").membersOn(day("1900-01-01"))).contains("REU", "ESH");
        assertThat(group("AU").membersOn(today)).hasSize(55).contains("ESH").doesNotContain("REU");
        assertThat(group("AU").isMember("MAR", day("2016-01-01"))).isFalse();
        assertThat(group("AU").isMember("MAR", day("2018-01-01"))).isTrue();
    }

    @Test
    void listsTheGroupsAPlaceBelongedToOnADay() {
        assertThat(PLACES.groupsOf("GBR", day("2019-06-01"))).extracting(Group::code)
                .containsExactly("G20", "G7", "OECD", "OWID_EU27");
        assertThat(PLACES.groupsOf("GBR", day("2021-06-01"))).extracting(Group::code)
                .containsExactly("G20", "G7", "OECD");
    }
}
