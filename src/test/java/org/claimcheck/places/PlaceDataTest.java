package org.claimcheck.places;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The loader refuses data that could mislead, and the bundled data passes it and agrees with CLDR. */
class PlaceDataTest {

    private static final String HEADER = "code,alpha2,kind,cldr_name,name,aliases,adjectives,demonyms\n";

    /** Small data files: two countries, a group of both, nothing ambiguous. */
    private static Map<String, String> tinyData() {
        Map<String, String> files = new HashMap<>();
        files.put("countries.csv", "# test data\n" + HEADER
                + "KEN,KE,country,Kenya,Kenya,,Kenyan,Kenyans\n"
                + "UGA,UG,country,Uganda,Uganda,,Ugandan,Ugandans\n");
        files.put("other-places.csv", HEADER);
        files.put("regions.csv", HEADER);
        files.put("groups.csv", HEADER + "EAC,,group,,East African Community,EAC,,\n");
        files.put("group-members.csv", "group,member,from,until,note\nEAC,KEN,2000-07-07,,\nEAC,UGA,2000-07-07,,\n");
        files.put("ambiguous-names.csv", "form,naming,codes,why\n");
        files.put("not-places.csv", "phrase\n");
        return files;
    }

    private static Gazetteer load(Map<String, String> files) {
        return Gazetteer.fromFiles(files::get);
    }

    @Test
    void loadsSmallData() {
        Gazetteer places = load(tinyData());
        assertThat(places.find("Kenyans and Ugandans")).extracting(m -> m.place().orElseThrow().code())
                .containsExactly("KEN", "UGA");
        assertThat(places.find("EAC countries").get(0).naming()).isEqualTo(Naming.GROUP);
    }

    @Test
    void refusesACodeListedTwiceAndSaysWhere() {
        Map<String, String> files = tinyData();
        files.put("regions.csv", "# a comment\n#   over two lines\n" + HEADER + "\nOWID_EAF,,region,,East Africa,,,\n"
                + "# the next row repeats a code\nKEN,,region,,Kenya region,,,\n");
        assertThatThrownBy(() -> load(files)).isInstanceOf(PlaceDataException.class)
                .hasMessageStartingWith("regions.csv:7:1: error: duplicate code KEN");
    }

    @Test
    void refusesANameTwoPlacesClaimUnlessDeclaredAmbiguous() {
        Map<String, String> files = tinyData();
        files.put("countries.csv", HEADER + "KEN,KE,country,Kenya,Kenya,,East African,Kenyans\n"
                + "UGA,UG,country,Uganda,Uganda,,East African;Ugandan,Ugandans\n");
        assertThatThrownBy(() -> load(files)).isInstanceOf(PlaceDataException.class)
                .hasMessageContaining("countries.csv:2:")
                .hasMessageContaining("'East African' is claimed by [KEN, UGA]");

        files.put("ambiguous-names.csv", "form,naming,codes,why\nEast African,adjective,KEN;UGA,both are\n");
        PlaceMention mention = load(files).find("East African farmers").get(0);
        assertThat(mention.candidates()).extracting(Place::code).containsExactly("KEN", "UGA");
    }

    @Test
    void refusesADeclarationThatMissesAClaimant() {
        Map<String, String> files = tinyData();
        files.put("countries.csv", HEADER + "KEN,KE,country,Kenya,Kenya,,East African,\n"
                + "UGA,UG,country,Uganda,Uganda,,East African,\n");
        files.put("ambiguous-names.csv", "form,naming,codes,why\nEast African,adjective,KEN;KEN,typo\n");
        assertThatThrownBy(() -> load(files)).isInstanceOf(PlaceDataException.class)
                .hasMessageContaining("ambiguous-names.csv:2:");
    }

    @Test
    void refusesMembersAndDatesThatAreNoPlaceOrNoDate() {
        Map<String, String> files = tinyData();
        files.put("group-members.csv", "group,member,from,until,note\nEAC,TZA,2000-07-07,,\n");
        assertThatThrownBy(() -> load(files)).hasMessageStartingWith("group-members.csv:2:5: error: unknown place code TZA");
        files.put("group-members.csv", "group,member,from,until,note\nEAC,KEN,7 July 2000,,\n");
        assertThatThrownBy(() -> load(files)).hasMessageStartingWith("group-members.csv:2:9: error: '7 July 2000' is no date");
    }

    @Test
    void refusesAPhraseThatIsNoPlaceButIsAPlacesName() {
        Map<String, String> files = tinyData();
        files.put("not-places.csv", "phrase\nKenyan\n");
        assertThatThrownBy(() -> load(files)).hasMessageStartingWith("not-places.csv:2:1: error: 'Kenyan' is a name of KEN");
    }

    @Test
    void refusesAFileWithTheWrongColumns() {
        Map<String, String> files = tinyData();
        files.put("regions.csv", "# comment\ncode,name\n");
        assertThatThrownBy(() -> load(files)).hasMessageStartingWith("regions.csv:2:1: error: header [code, name]");
    }

    @Test
    void bundledCountriesFollowIsoAndCldrAsTheJdkShipsThem() {
        for (Place place : Gazetteer.bundled().places()) {
            if (place.alpha2().isEmpty()) {
                continue;
            }
            Locale region = new Locale("", place.alpha2());
            assertThat(region.getISO3Country()).as(place.toString()).isEqualTo(place.code());
            String cldrName = region.getDisplayCountry(Locale.ENGLISH);
            List<String> names = Gazetteer.bundled().surfaceForms().stream()
                    .filter(f -> f.places().contains(place)).map(SurfaceForm::text).toList();
            assertThat(names).as("names of %s", place).contains(cldrName);
        }
    }

    @Test
    void everyBundledNameWrittenAloneFindsItsPlaces() {
        for (SurfaceForm form : Gazetteer.bundled().surfaceForms()) {
            if (!form.isPlace() || form.text().contains("(")) {
                continue;   // names such as "Sudan (former)" tell codes apart, they are not written in articles
            }
            List<PlaceMention> found = Gazetteer.bundled().find(form.text());
            assertThat(found).as(form.text()).hasSize(1);
            assertThat(found.get(0).text()).as(form.text()).isEqualTo(form.text());
            assertThat(found.get(0).candidates()).as(form.text()).isEqualTo(form.places());
        }
    }

    @Test
    void noBundledMemberHasOverlappingSpellsInOneGroup() {
        for (Group group : Gazetteer.bundled().groups()) {
            Map<String, List<Membership>> spells = new HashMap<>();
            for (Membership m : group.memberships()) {
                for (Membership other : spells.getOrDefault(m.member(), List.of())) {
                    assertThat(m.until().isBefore(other.from()) || other.until().isBefore(m.from()))
                            .as("%s in %s: %s overlaps %s", m.member(), group.code(), m, other).isTrue();
                }
                spells.computeIfAbsent(m.member(), k -> new ArrayList<>()).add(m);
            }
        }
    }

    @Test
    void everyGroupHasMembersAndEveryPlaceFileNamesItsSources() {
        Gazetteer places = Gazetteer.bundled();
        assertThat(places.places()).filteredOn(p -> p.kind() == PlaceKind.GROUP)
                .allSatisfy(p -> assertThat(places.group(p.code())).as(p.code()).isPresent());
        for (String file : List.of("countries.csv", "other-places.csv", "regions.csv", "group-members.csv")) {
            assertThat(resource(file)).as(file).startsWith("#").containsIgnoringCase("source");
        }
    }

    private static String resource(String name) {
        try (InputStream in = Gazetteer.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
