package org.claimcheck.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What {@link Gazetteer#find} reads in example sentences from news articles. */
class FindingPlacesTest {

    private static final Gazetteer PLACES = Gazetteer.bundled();

    private static List<String> codes(String sentence) {
        return PLACES.find(sentence).stream()
                .map(m -> m.place().map(Place::code).orElse("ambiguous" + m.candidates().stream().map(Place::code).toList()))
                .toList();
    }

    private static PlaceMention only(String sentence) {
        List<PlaceMention> mentions = PLACES.find(sentence);
        assertThat(mentions).hasSize(1);
        return mentions.get(0);
    }

    @Test
    void longestNameWins() {
        assertThat(codes("South Africa's unemployment rate is the highest in Africa.")).containsExactly("ZAF", "OWID_AFR");
        assertThat(codes("South Sudan split from Sudan in 2011.")).containsExactly("SSD", "SDN");
        assertThat(codes("The Central African Republic borders Chad.")).containsExactly("CAF", "TCD");
        assertThat(codes("Guinea, Guinea-Bissau, Equatorial Guinea and Papua New Guinea"))
                .containsExactly("GIN", "GNB", "GNQ", "PNG");
        assertThat(codes("Niger and Nigeria")).containsExactly("NER", "NGA");
        assertThat(codes("the Dominican Republic and Dominica")).containsExactly("DOM", "DMA");
    }

    @Test
    void givesSpanTextAndNaming() {
        String sentence = "Eight out of 10 South Africans have electricity.";
        PlaceMention mention = only(sentence);
        assertThat(mention.text()).isEqualTo("South Africans");
        assertThat(sentence.substring(mention.start(), mention.end())).isEqualTo("South Africans");
        assertThat(mention.naming()).isEqualTo(Naming.DEMONYM);
        assertThat(mention.place()).map(Place::code).contains("ZAF");
    }

    @Test
    void readsAdjectivesAndDemonyms() {
        assertThat(only("Kenyan unemployment rose.").naming()).isEqualTo(Naming.ADJECTIVE);
        assertThat(codes("British, American and Filipino workers")).containsExactly("GBR", "USA", "PHL");
        assertThat(only("Most Filipinos live on Luzon.").naming()).isEqualTo(Naming.DEMONYM);
        assertThat(codes("Britons and Americans")).containsExactly("GBR", "USA");
    }

    @Test
    void readsShortNamesAndAliases() {
        assertThat(codes("the UK, Britain, Great Britain, the US, the U.S., USA, America, the United States"))
                .containsExactly("GBR", "GBR", "GBR", "USA", "USA", "USA", "USA", "USA");
        assertThat(codes("South Korea, the DRC, Ivory Coast, Côte d'Ivoire, Côte d’Ivoire"))
                .containsExactly("KOR", "COD", "CIV", "CIV", "CIV");
        assertThat(only("Britain's emissions").naming()).isEqualTo(Naming.SHORT_NAME);
        assertThat(only("the United Kingdom").naming()).isEqualTo(Naming.NAME);
    }

    @Test
    void leavesTheArticleOutOfTheSpan() {
        assertThat(only("The Gambia exports peanuts").text()).isEqualTo("Gambia");
        assertThat(only("in the Netherlands").text()).isEqualTo("Netherlands");
        assertThat(only("the UK").start()).isEqualTo(4);
    }

    @Test
    void abbreviationsMustBeWrittenInCapitals() {
        assertThat(codes("The US economy grew.")).containsExactly("USA");
        assertThat(codes("Let us consider what this tells us.")).isEmpty();
        assertThat(codes("Us and them, uk and eu")).isEmpty();
    }

    @Test
    void capitalisedNamesMustBeCapitalised() {
        assertThat(codes("a kenyan runner ate turkey from china in chad")).isEmpty();
        assertThat(codes("KENYAN RUNNERS WIN")).containsExactly("KEN");
    }

    @Test
    void possessivesNameThePlaceWithoutTheS() {
        PlaceMention india = only("India's GDP grew 7%.");
        assertThat(india.text()).isEqualTo("India");
        assertThat(india.possessive()).isTrue();
        assertThat(only("the UK’s emissions fell").possessive()).isTrue();
        assertThat(only("the Philippines' exports").possessive()).isTrue();
        assertThat(only("America's GDP").place()).map(Place::code).contains("USA");
        assertThat(only("India grew").possessive()).isFalse();
    }

    @Test
    void readsTheExamplesOfStatisticalClaims() {
        assertThat(only("the UK's emissions").text()).isEqualTo("UK");
        assertThat(only("America's GDP").place()).map(Place::code).contains("USA");
        assertThat(codes("the EU-27 and the EU27")).containsExactly("OWID_EU27", "OWID_EU27");
        assertThat(codes("US-led talks, Kenyan-born runners")).containsExactly("USA", "KEN");
        assertThat(codes("global emissions, the world's largest")).containsExactly("OWID_WRL", "OWID_WRL");
    }

    @Test
    void editorialBracketsInQuotesStillNameThePlace() {
        PlaceMention mention = only("\"[India's] GDP will double,\" he said.");
        assertThat(mention.place()).map(Place::code).contains("IND");
        assertThat(mention.text()).isEqualTo("India");
        assertThat(codes("\"[The UK] has cut emissions\"")).containsExactly("GBR");
    }

    @Test
    void phrasesThatOnlyContainANameAreNoPlace() {
        assertThat(codes("Latin America and Central America")).isEmpty();
        assertThat(codes("the World Bank said")).isEmpty();
        assertThat(codes("the Indian Ocean")).isEmpty();
        assertThat(codes("US$5bn")).isEmpty();
        assertThat(codes("New Mexico and New Jersey")).isEmpty();
        assertThat(codes("Northern Ireland, the Niger River, Lake Chad")).isEmpty();
        assertThat(codes("Chinese Taipei")).containsExactly("TWN");
    }

    @Test
    void ambiguousNamesListEveryCandidate() {
        PlaceMention congo = only("Congo's mines");
        assertThat(congo.isAmbiguous()).isTrue();
        assertThat(congo.place()).isEmpty();
        assertThat(congo.candidates()).extracting(Place::code).containsExactlyInAnyOrder("COD", "COG");
        assertThat(codes("the Democratic Republic of the Congo and the Republic of the Congo"))
                .containsExactly("COD", "COG");
        assertThat(only("Korean exports").candidates()).extracting(Place::code).containsExactlyInAnyOrder("KOR", "PRK");
    }

    @Test
    void groupPhrasesResolveToTheGroup() {
        PlaceMention g7 = only("more than any other G7 country");
        assertThat(g7.text()).isEqualTo("G7 country");
        assertThat(g7.naming()).isEqualTo(Naming.GROUP);
        assertThat(g7.group()).map(Group::code).contains("G7");
        assertThat(only("any other G7 nation").text()).isEqualTo("G7 nation");
        assertThat(only("EU member states agreed").group()).map(Group::code).contains("OWID_EU27");
        assertThat(only("EU member states agreed").text()).isEqualTo("EU member states");
        PlaceMention african = only("African countries import wheat");
        assertThat(african.naming()).isEqualTo(Naming.GROUP);
        assertThat(african.group()).map(Group::code).contains("OWID_AFR");
    }

    @Test
    void aContinentNamedAloneIsTheRegionAndItsGroup() {
        PlaceMention africa = only("the highest in Africa");
        assertThat(africa.naming()).isEqualTo(Naming.NAME);
        assertThat(africa.place()).map(Place::code).contains("OWID_AFR");
        assertThat(africa.group()).isPresent();
        assertThat(only("the EU's GDP").group()).map(Group::code).contains("OWID_EU27");
        assertThat(only("Kenyan unemployment").group()).isEqualTo(Optional.empty());
    }

    @Test
    void readsTheWorldOnlyInLowercase() {
        assertThat(codes("the highest in the world")).containsExactly("OWID_WRL");
        assertThat(codes("The world's population")).containsExactly("OWID_WRL");
    }

    @Test
    void theExampleInDocsPlacesMdHolds() {
        List<PlaceMention> mentions = PLACES.find("the UK's emissions fell more than any other G7 country's");
        assertThat(mentions).extracting(PlaceMention::text).containsExactly("UK", "G7 country");
        assertThat(mentions.get(0).possessive()).isTrue();
        assertThat(mentions.get(1).naming()).isEqualTo(Naming.GROUP);
        assertThat(PLACES.groupsOf("ZAF", LocalDate.parse("2024-06-01"))).extracting(Group::code)
                .containsExactly("AU", "BRICS", "G20", "OWID_AFR");
    }

    @Test
    void findsSeveralPlacesInTextOrder() {
        assertThat(codes("Unlike Brazil, Russia, India and China, South Africa joined BRICS in 2010."))
                .containsExactly("BRA", "RUS", "IND", "CHN", "ZAF", "BRICS");
    }
}
