package org.claimcheck.report;

import static org.claimcheck.report.RunBuilder.article;
import static org.claimcheck.report.RunBuilder.claim;
import static org.claimcheck.report.RunBuilder.evidence;
import static org.claimcheck.report.RunBuilder.run;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.problem.Problem;
import org.claimcheck.result.RunResult;
import org.claimcheck.text.Position;
import org.claimcheck.value.Amount;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Qualifier;
import org.claimcheck.value.Unit;
import org.claimcheck.value.Unresolved;
import org.claimcheck.verify.LinkStrength;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.Verdict;

/** The runs every report format is tested on: the same scenarios for every format. */
final class Scenarios {

    /** A named run; {@code golden} scenarios have reviewed golden files. */
    record Scenario(String name, RunResult run, boolean golden) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final Unit USD = new Unit("USD", "money:USD", BigDecimal.ONE);
    static final Unit PERCENT = new Unit("%", "ratio", new BigDecimal("0.01"));
    static final Unit KM = new Unit("km", "length", new BigDecimal("1000"));

    static final String HOSTILE_SCRIPT = "<script>alert(1)</script>";
    static final String HOSTILE_IMG = "<img src=x onerror=alert(1)>";
    static final String HOSTILE_URL = "javascript:alert(1)";
    static final String FORMULA = "=HYPERLINK(\"http://evil.test\",\"x\")";
    static final String COMMAND = "+cmd|' /C calc'!A0";
    /** The reason a possible conflict was linked as it was, as the linker words it. */
    static final String PRECEDING_REASON = "subject \"it\" was taken from the preceding sentence: "
            + "\"The eastern route\" (power-of-siberia)";

    private Scenarios() {
    }

    static List<Scenario> all() {
        return List.of(
                new Scenario("empty", empty(), true),
                new Scenario("every-verdict", everyVerdict(), true),
                new Scenario("problems", problems(), true),
                new Scenario("hostile", hostile(), true),
                new Scenario("control-characters", controlCharacters(), false));
    }

    static Scenario named(String name) {
        return all().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    static RunResult empty() {
        return run().build();
    }

    static RunResult everyVerdict() {
        String text = "Pipeline opens\n"
                + "The Power of Siberia pipeline began operations in 2019, ahead of plan.\n"
                + "Bilateral trade reached a record $147 billion in 2021, officials said.\n"
                + "The treaty was signed in 2003 by both leaders.\n"
                + "Last year the line carried more than 10 billion cubic metres.\n"
                + "The eastern route is 3,000 km long.\n"
                + "Work on it began in 2015, the operator said.\n";
        return run().article(article("siberia", text)
                        .meta("Pipeline opens", LocalDate.of(2022, 3, 4), "https://news.example/siberia", false)
                        .claim(claim("2019", ClaimKind.DATE, DateValue.year(2019), Verdict.SUPPORTED,
                                "began operations in 2019 agrees with the reference (December 2019)")
                                .about("The Power of Siberia pipeline", "began operations")
                                .link(LinkStrength.ARGUMENT, "\"began operations\" governs the value and "
                                        + "\"The Power of Siberia pipeline\" is its subject")
                                .evidence(evidence("facts-energy.csv", 4, "power-of-siberia", "began-operations",
                                        "2 December 2019", null, "https://energy.example/pos", "2019-12-02", null)))
                        .claim(claim("$147 billion", ClaimKind.MONEY,
                                new Amount(new BigDecimal("147E+9"), USD), Verdict.CONTRADICTED,
                                "trade in 2021 was $146.88 billion, not $147 billion, and not a record")
                                .reason(Reason.NOT_A_RECORD)
                                .about("Bilateral trade", "trade").period(DateValue.year(2021)).record()
                                .link(LinkStrength.ARGUMENT, "\"reached\" governs the value and \"Bilateral trade\" "
                                        + "is its subject")
                                .evidence(evidence("facts-trade.csv", 12, "russia-china-trade", "trade",
                                        "$146.88 billion", "2021", "https://customs.example/2021", "2022-01-14",
                                        "first estimate")))
                        .claim(claim("2003", ClaimKind.DATE, DateValue.year(2003), Verdict.AMBIGUOUS,
                                "two treaties match \"the treaty\": 2001 and 2004")
                                .about("The treaty", "signed")
                                .evidence(
                                        evidence("facts-treaties.csv", 2, "treaty-good-neighborliness-2001",
                                                "signed", "16 July 2001", null, "Treaty Series vol. 1",
                                                "2001-07-16", null),
                                        evidence("facts-treaties.csv", 7, "border-agreement-2004", "signed",
                                                "14 October 2004", null, "Treaty Series vol. 2", "2004-10-14",
                                                null)))
                        .claim(claim("Last year", ClaimKind.DATE, DateValue.year(2021), Verdict.UNVERIFIABLE,
                                "no reference fact covers the volume carried by the line")
                                .reason(Reason.SUBJECT_NOT_NAMED)
                                .resolution("last year = 2021, from the publication date 2022-03-04"))
                        .claim(claim("more than 10 billion cubic metres", ClaimKind.QUANTITY,
                                new Amount(new BigDecimal("10E+9"), new Unit("m3", "volume", BigDecimal.ONE)),
                                Verdict.UNVERIFIABLE, "no reference fact covers the volume carried by the line")
                                .reason(Reason.ATTRIBUTE_NOT_NAMED)
                                .qualifier(Qualifier.MORE_THAN).about("the line", "carried"))
                        .claim(claim("3,000 km", ClaimKind.QUANTITY, new Amount(new BigDecimal("3000"), KM),
                                Verdict.SUPPORTED, "length 3,000 km agrees with the reference 2,997 km within 1%")
                                .reason(Reason.VALUE_AGREES)
                                .about("The eastern route", "long")
                                .link(LinkStrength.CLAUSE, "\"The eastern route\" and \"long\" are in the value's "
                                        + "clause")
                                .evidence(evidence("facts-energy.csv", 9, "power-of-siberia", "length",
                                        "2,997 km", null, "Operator annual report 2020", "2021-04-30", null)))
                        .claim(claim("2015", ClaimKind.DATE, DateValue.year(2015), Verdict.POSSIBLE_CONFLICT,
                                "construction began in September 2014, not 2015, if \"it\" is the eastern route: "
                                        + "the subject was taken from the preceding sentence")
                                .about("it", "began")
                                .link(LinkStrength.PRECEDING_TEXT, PRECEDING_REASON)
                                .evidence(evidence("facts-energy.csv", 6, "power-of-siberia", "construction-began",
                                        "1 September 2014", null, "https://energy.example/pos", "2014-09-01",
                                        null))))
                .build();
    }

    static RunResult problems() {
        String text = "Trade fell by 5% in 2015.\n";
        return run()
                .article(article("broken", "").path("articles/broken.md").failed()
                        .problem(Problem.error("invalid-utf8", "articles/broken.md", new Position(3, 14),
                                "invalid UTF-8 byte 0xC3 0x28; expected a UTF-8 encoded text file")))
                .article(article("trade-2015", text)
                        .meta("Trade in 2015", LocalDate.of(2016, 1, 20), null, false)
                        .claim(claim("5%", ClaimKind.PERCENT, new Amount(new BigDecimal("5"), PERCENT),
                                Verdict.CONTRADICTED, "trade fell by 27.8% in 2015, not 5%")
                                .reason(Reason.OUTSIDE_TOLERANCE)
                                .period(DateValue.year(2015)).about("Trade", "fell")
                                .link(LinkStrength.ARGUMENT, "\"fell\" governs the value and \"Trade\" is its subject")
                                .evidence(evidence("facts-trade.csv", 6, "russia-china-trade", "trade-change",
                                        "-27.8%", "2015", "Customs statistics 2015", "2016-01-13", null)))
                        .problem(Problem.warning("missing-title", "articles/trade-2015.md", new Position(1, 1),
                                "the article has no title; expected a first-level heading or a title field")))
                .problem(Problem.error("unreadable-input", "articles/missing.md",
                        "no such file; expected a readable file or directory"))
                .build();
    }

    static RunResult hostile() {
        String text = "Breaking " + HOSTILE_SCRIPT + " news " + HOSTILE_IMG + "\n"
                + "Figures: " + FORMULA + " and " + COMMAND + " and -42 and @SUM(A1) reported.\n"
                + "\u0645\u0639\u0627\u0647\u062f\u0629 2001 \u05d0\u05de\u05e0\u05d4 \ud83d\ude80 \"quoted\" 'single' ]]> & | `tick` *star* [link](x)\n"
                + "It was signed in 1999.\n";
        return run().article(article("hostile", text).path("articles/hostile <x>.md")
                        .meta("Hostile " + HOSTILE_SCRIPT + " & \"title\"", LocalDate.of(2020, 1, 2), HOSTILE_URL,
                                true)
                        .claim(claim(HOSTILE_SCRIPT, ClaimKind.NUMBER, new Amount(BigDecimal.ONE, unitless()),
                                Verdict.CONTRADICTED, "explanation with " + HOSTILE_IMG + " and `code` | pipe")
                                .about(HOSTILE_IMG, "</script><script>alert(2)</script>")
                                .evidence(evidence("facts-<b>.csv", 3, "s\"x", "a'y", "<i>1</i>", "2020",
                                        HOSTILE_URL, "2020-01-01", "note ]]> <!-- comment")))
                        .claim(claim(FORMULA, ClaimKind.NUMBER, new Amount(BigDecimal.TEN, unitless()),
                                Verdict.AMBIGUOUS, "formula =1+1 @mention #1 %0A,comma:colon"))
                        .claim(claim(COMMAND, ClaimKind.NUMBER, new Amount(BigDecimal.ONE, unitless()),
                                Verdict.UNVERIFIABLE, "-minus leading explanation"))
                        .claim(claim("-42", ClaimKind.NUMBER, new Amount(new BigDecimal("-42"), unitless()),
                                Verdict.SUPPORTED, "+plus leading explanation"))
                        .claim(claim("@SUM(A1)", ClaimKind.NUMBER, new Amount(BigDecimal.ONE, unitless()),
                                Verdict.SUPPORTED, "@at leading explanation"))
                        .claim(claim("2001", ClaimKind.DATE, DateValue.year(2001), Verdict.SUPPORTED,
                                "\u0645\u0639\u0627\u0647\u062f\u0629 \ud83d\ude80 \"quoted\" ]]> &amp;"))
                        .claim(claim("1999", ClaimKind.DATE, DateValue.year(1999), Verdict.POSSIBLE_CONFLICT,
                                "=signed in 2001 if \"It\" is " + HOSTILE_SCRIPT + " | `x` *y* @team %0A")
                                .about("It", "signed")
                                .link(LinkStrength.PRECEDING_TEXT, "=\"It\" refers back to " + HOSTILE_IMG
                                        + " ]]> <!-- | `code` " + HOSTILE_URL)
                                .evidence(evidence("facts-<b>.csv", 4, "s\"x", "signed", "2001", null, HOSTILE_URL,
                                        null, null))))
                .build();
    }

    static RunResult controlCharacters() {
        String text = "Bell\u0007 and NUL\u0000 and escape \u001b[31mred\u001b[0m in 2019 and \ud800 lone "
                + "surrogate \uFFFE.\r\nSecond line 2020\u000c.\n";
        return run().article(article("controls", text)
                        .meta("Title\u0000with\u001bcontrols", null, "https://x.example/\u0000", false)
                        .claim(claim("2019", ClaimKind.DATE, DateValue.year(2019), Verdict.CONTRADICTED,
                                "expected 2018\u0000\u001b[2J, found 2019\r\nsecond line")
                                .link(LinkStrength.ARGUMENT, "reason\u0000\u001b[2J\r\nsecond line"))
                        .claim(claim("2020", ClaimKind.DATE, DateValue.year(2020), Verdict.UNVERIFIABLE,
                                "no fact\u0007")))
                .build();
    }

    static RunResult unresolvedValue() {
        return run().article(article("relative", "It happened last year.\n")
                        .claim(claim("last year", ClaimKind.DATE, new Unresolved("last year", "no publication date"),
                                Verdict.UNVERIFIABLE, "the date cannot be resolved without a publication date")
                                .reason(Reason.NO_PUBLICATION_DATE)))
                .build();
    }

    private static Unit unitless() {
        return new Unit("", "count", BigDecimal.ONE);
    }
}
