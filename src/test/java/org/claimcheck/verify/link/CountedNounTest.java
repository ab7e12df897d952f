package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.extract.ClaimKind;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.api.Test;

/** A plain count is a count of the words after it, and links only to an attribute that names them. */
class CountedNounTest {

    private final Tables tables = tables();

    private static Tables tables() {
        Tables t = Tables.create().subject("vostok-2018", "Vostok 2018", "Vostok")
                .measure("troops", "troops", "soldiers", "servicemen", "personnel", "military");
        t.fact("vostok-2018", "troops", "300,000").source("Ministry of Defence").vintage("2018-08-29");
        return t;
    }

    @Test
    void linksACountOfTheNamedThingToItsAttribute() {
        TestArticle article = TestArticle.published("2018-09-20", "Vostok involved 300,000 troops.");
        Finding finding = Runs.one(tables, article, article.claim("300,000").kind(ClaimKind.NUMBER).subject("Vostok")
                .predicate("involved"));
        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
    }

    @Test
    void neverJudgesACountOfSomethingElseAgainstTheAttribute() {
        TestArticle article = TestArticle.published("2018-09-20",
                "Vostok involved 300,000 troops and 80 aircraft and helicopters.");
        Finding finding = Runs.one(tables, article, article.claim("80").kind(ClaimKind.NUMBER).subject("Vostok")
                .predicate("involved"));
        assertThat(finding.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    }

    @Test
    void readsAnAdjectiveBeforeTheCountedNounAsDescribingIt() {
        TestArticle article = TestArticle.published("2018-09-20",
                "Vostok involved about 36,000 military vehicles.");
        Finding finding = Runs.one(tables, article, article.claim("36,000").kind(ClaimKind.NUMBER).subject("Vostok")
                .predicate("involved").tagged("Vostok/NNP involved/VBD about/RB 36,000/CD military/JJ vehicles/NNS ./."));
        assertThat(finding.verdict()).isEqualTo(Verdict.UNVERIFIABLE);
    }

    @Test
    void stillCountsAPhraseThatEndsOnTheNoun() {
        TestArticle article = TestArticle.published("2018-09-20", "Vostok involved 300,000 military personnel.");
        Finding finding = Runs.one(tables, article, article.claim("300,000").kind(ClaimKind.NUMBER).subject("Vostok")
                .predicate("involved").tagged("Vostok/NNP involved/VBD 300,000/CD military/JJ personnel/NNS ./."));
        assertThat(finding.verdict()).isEqualTo(Verdict.SUPPORTED);
    }
}
