package org.claimcheck.report;

import static org.claimcheck.report.RunBuilder.article;
import static org.claimcheck.report.RunBuilder.claim;
import static org.claimcheck.report.RunBuilder.evidence;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.result.RunResult;
import org.claimcheck.value.Amount;
import org.claimcheck.value.DateValue;
import org.claimcheck.verify.Verdict;

/**
 * A generated corpus shaped like a real one (articles of about 4,000 characters, 20 claims each, a mix of
 * verdicts), for measuring how the HTML report copes with size.
 */
final class LargeCorpus {

    private static final Verdict[] MIX = {Verdict.SUPPORTED, Verdict.SUPPORTED, Verdict.UNVERIFIABLE,
        Verdict.SUPPORTED, Verdict.UNVERIFIABLE, Verdict.SUPPORTED, Verdict.CONTRADICTED, Verdict.SUPPORTED,
        Verdict.UNVERIFIABLE, Verdict.AMBIGUOUS};

    private LargeCorpus() {
    }

    static RunResult of(int articles, int claimsPerArticle) {
        RunBuilder run = RunBuilder.run();
        for (int a = 0; a < articles; a++) {
            StringBuilder text = new StringBuilder();
            for (int c = 0; c < claimsPerArticle; c++) {
                text.append("Paragraph ").append(c + 1).append(" of the story recalls how the delegation met in ")
                        .append(1990 + (a + c) % 30)
                        .append(" and how bilateral trade later reached $").append(40 + (a * 7 + c) % 150)
                        .append(" billion, according to figures that officials and analysts have repeated in many"
                                + " later accounts of the relationship.\n");
            }
            String id = String.format("article-%04d", a);
            RunBuilder.ArticleBuilder builder = article(id, text.toString())
                    .meta("Generated article " + (a + 1), LocalDate.of(2022, 1 + a % 12, 1 + a % 28),
                            "https://news.example/" + id, false);
            for (int c = 0; c < claimsPerArticle; c++) {
                Verdict verdict = MIX[(a + c) % MIX.length];
                if (c % 2 == 0) {
                    int year = 1990 + (a + c) % 30;
                    builder.claim(claim(Integer.toString(year), ClaimKind.DATE, DateValue.year(year), verdict,
                            "the meeting took place in " + (year - 1) + " according to the reference")
                            .about("the delegation", "met")
                            .evidence(evidence("facts-meetings.csv", 10 + c, "delegation-" + c, "met",
                                    Integer.toString(year - 1), null, "https://archive.example/meetings/" + c,
                                    "2021-06-01", null)));
                } else {
                    int billions = 40 + (a * 7 + c) % 150;
                    builder.claim(claim("$" + billions + " billion", ClaimKind.MONEY,
                            new Amount(new BigDecimal(billions + "E+9"), Scenarios.USD), verdict,
                            "trade reached $" + (billions + 3) + " billion according to customs statistics")
                            .about("bilateral trade", "trade")
                            .evidence(evidence("facts-trade.csv", 20 + c, "trade", "trade",
                                    "$" + (billions + 3) + " billion", "2021", "Customs yearbook 2021",
                                    "2022-01-14", "first estimate")));
                }
            }
            run.article(builder);
        }
        return run.build();
    }
}
