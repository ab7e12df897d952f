package org.claimcheck.verify.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Runs;
import org.claimcheck.verify.Tables;
import org.claimcheck.verify.TestArticle;
import org.claimcheck.verify.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A count of some of the members ("the five founding members") is not the count of all of them. */
class CountedPartsTest {

    private final Tables tables = Tables.create()
            .subject("opec", "OPEC")
            .measure("member-states", "members", "member countries", "countries");

    {
        tables.fact("opec", "member-states", "13").period("2018");
    }

    private Finding check(String sentence, String claim, String subject, String predicate) {
        TestArticle article = TestArticle.published("2019-03-01", sentence);
        return Runs.one(tables, article, article.claim(claim).subject(subject).predicate(predicate).period("2018"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In 2018 OPEC's five founding members still led it.               | five | OPEC's five founding members | still led
            In 2018 OPEC was led by its first five members.                  | five | OPEC                         | was led by its first
            In 2018 OPEC had nine other members besides the founders.        | nine | OPEC                         | had
            In 2018 all five initial member countries were members of OPEC.  | five | initial member countries     | were members of OPEC
            """)
    void aCountOfSomeMembersIsNotTheMemberCount(String sentence, String claim, String subject, String predicate) {
        Finding finding = check(sentence, claim, subject, predicate);

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.UNVERIFIABLE);
        assertThat(finding.reason()).isEqualTo(Reason.OTHER_FACT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In 2018 OPEC had 15 members.                   | 15 | OPEC | had
            In 2018 OPEC had 15 member countries.          | 15 | OPEC | had
            """)
    void aCountOfAllMembersIsJudged(String sentence, String claim, String subject, String predicate) {
        Finding finding = check(sentence, claim, subject, predicate);

        assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.CONTRADICTED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Arden Tower has 10 floors above ground and 2 floors below ground.   | 2 | true
            Arden Tower has 10 floors above ground and 2 floors underground.    | 2 | true
            Arden Tower has 8 floors above ground and 2 floors below ground.    | 8 | false
            """)
    void floorsBelowGroundAreSomeOfTheFloors(String sentence, String claim, boolean part) {
        Tables tower = Tables.create().subject("arden-tower", "Arden Tower").measure("floors", "floors", "storeys");
        tower.fact("arden-tower", "floors", "10").source("Building register");
        TestArticle article = TestArticle.published("2019-03-01", sentence);

        Finding finding = Runs.one(tower, article, article.claim(claim).subject("Arden Tower").predicate("has"));

        if (part) {
            assertThat(finding.reason()).as(finding.explanation()).isEqualTo(Reason.OTHER_FACT);
        } else {
            assertThat(finding.verdict()).as(finding.explanation()).isEqualTo(Verdict.CONTRADICTED);
        }
    }
}
