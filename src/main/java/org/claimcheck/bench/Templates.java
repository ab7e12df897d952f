package org.claimcheck.bench;

import java.util.List;

/**
 * The sentence templates of the benchmark corpus, written for it. Claim sentences state dates and figures
 * about subjects of the bundled reference tables (right, wrong or unknown to them); narrative sentences state
 * none, though some use words such as "one", "day" or "next spring" that a cheap filter cannot tell from a
 * claim. Slots in braces are filled by {@link Slots}.
 */
final class Templates {

    private Templates() {
    }

    static final List<String> CLAIMS = List.of(
            "The Power of Siberia pipeline began operations on {pos-date}, after {small-word} years of construction.",
            "Bilateral trade reached {trade-money} in {trade-year}, according to figures from China's customs "
                    + "administration.",
            "Russia–China trade rose {pct}% in {trade-year} to {trade-money}, a figure officials in {city} "
                    + "called a record.",
            "The Treaty of Good-Neighborliness was signed on {treaty-date} by the leaders of both countries.",
            "The Shanghai Cooperation Organisation was founded in {city} on {sco-date}.",
            "AUKUS was announced on {aukus-date}, and {city} responded within hours.",
            "The pipeline stretches for about {length} km from the gas fields of Eastern Siberia to the border.",
            "Its design capacity is {capacity} billion cubic metres of gas a year.",
            "Exports of {commodity} climbed {pct} per cent last year to {money}.",
            "The port of {city} handled {count} containers in the first quarter of {year}.",
            "Three years ago, {company} employed some {count} people in the region.",
            "Prices for {commodity} fell by {pct} percent between {year} and {later-year}.",
            "The agreement, signed in {month} {year}, runs until {later-year}.",
            "Officials expect turnover to exceed ${big} billion by {later-year}.",
            "Some {small-word} delegations gathered in {city} on {weekday} for the talks.",
            "Russia annexed Crimea in March 2014, a step {city} never formally recognised.",
            "The full-scale invasion of Ukraine began on 24 February 2022.",
            "Gas deliveries reached {capacity} billion cubic metres in {year}, up from {small} billion the year "
                    + "before.",
            "The development bank lent {money} to {small} projects during the {decade}s.",
            "In {month} {year}, {company} signed a supply contract worth {money}.",
            "By the summer of {year}, freight volumes on the route had doubled to {count} tonnes.",
            "The Sino-Soviet split of the 1960s still shapes how both militaries plan.",
            "Last year, {company} shipped {count} tonnes of {commodity} across the border at {city}.",
            "The new bridge, opened in {year}, cut the journey by {small} hours.",
            "Annual investment has averaged {money} since {year}.",
            "Almost {pct}% of the region's {commodity} now goes to buyers in China.",
            "Two-way trade totalled {trade-money} in {trade-year}, customs data show.",
            "Talks on a second pipeline resumed in {month} {later-year} after a pause of {small-word} months.");

    static final List<String> NARRATIVE = List.of(
            "Diplomats on both sides describe the relationship as pragmatic rather than sentimental.",
            "{person}, a researcher at {institute}, said the talks had been cordial but inconclusive.",
            "Critics argue that the partnership is more fragile than official statements suggest.",
            "The ministry did not respond to a request for comment.",
            "Much depends on how Western sanctions evolve and whether banks keep processing payments.",
            "Analysts in {city} remain sceptical about the pace of the project.",
            "Local officials hope the new road will bring investment to the border towns.",
            "For ordinary traders, the paperwork remains the main obstacle.",
            "The mood at the forum was upbeat, though few concrete deals were announced.",
            "{person} pointed out that the pricing formula has never been made public.",
            "Farmers on the northern bank of the river watch the construction with mixed feelings.",
            "Logistics companies have been rerouting cargo through the eastern ports.",
            "The government insists that the arrangement serves both economies equally.",
            "Such statements are common at summits and rarely change policy on the ground.",
            "Engineers working on the site describe harsh conditions and long shifts.",
            "Environmental groups have raised concerns about the crossing of protected wetlands.",
            "Officials said the talks would resume next spring.",
            "One analyst called the deal a turning point for the region.",
            "The day ended without a joint statement.",
            "Neither side wants to be seen as the junior partner, {person} said.",
            "Bankers in {city} are cautious about lending against future deliveries.",
            "The visit was carefully choreographed, down to the seating plan.",
            "Questions remain about who will finance the next stage.",
            "Residents of {city} say prices in the shops have barely moved.",
            "The pipeline's route was chosen to avoid the most difficult terrain.",
            "Observers expect the issue to come up again at the next meeting of ministers.",
            "It is not clear whether the new rules apply to existing contracts.",
            "Several companies have quietly scaled back their plans.");

    static final List<String> TITLES = List.of(
            "{topic}: What the Numbers Say", "{topic} Under Pressure", "Inside the {topic}",
            "{topic}, Explained", "Why the {topic} Matters Now", "The Long Road Behind the {topic}");

    static final List<String> TOPICS = List.of("Eastern Gas Route", "Border Trade", "Energy Partnership",
            "Pipeline Economy", "Northern Corridor", "Summit Diplomacy", "Customs Figures", "Treaty Anniversary");

    static final List<String> PEOPLE = List.of("Anna Petrova", "Li Wei", "Marcus Holt", "Olga Smirnova",
            "Chen Jing", "David Mensah", "Irina Volkova", "Zhang Min", "Sofia Marin", "Tomas Berg");

    static final List<String> INSTITUTES = List.of("the Northern Policy Institute", "the Centre for Energy Studies",
            "a Beijing think tank", "the Amur Research Group", "the Eurasian Trade Forum");

    static final List<String> CITIES = List.of("Moscow", "Beijing", "Harbin", "Vladivostok", "Blagoveshchensk",
            "Irkutsk", "Shanghai", "Khabarovsk", "Astana", "Novosibirsk");

    static final List<String> COMPANIES = List.of("Gazprom", "the state railway", "a Harbin logistics firm",
            "the regional power company", "a Shanghai trading house", "the border terminal operator");

    static final List<String> COMMODITIES = List.of("crude oil", "coal", "timber", "soybeans", "copper",
            "fertiliser", "seafood", "pipeline gas", "electronics", "cars");
}
