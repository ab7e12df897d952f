package org.claimcheck.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.ingest.Ingest;
import org.claimcheck.ingest.InputSpec;
import org.claimcheck.reference.LoadResult;
import org.claimcheck.reference.ReferenceLoader;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.RunResult;
import org.claimcheck.run.Checker;
import org.claimcheck.run.Progress;
import org.claimcheck.value.ValueGrammar;
import org.claimcheck.verify.Evidence;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Verdict;
import org.claimcheck.verify.Verifier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline with the real CoreNLP models on the sample corpus, against the reviewed expectations in
 * {@code corpus-expected.md}: every expected claim is found with its value, period, verdict and linked fact,
 * no non-claim is extracted, and nothing unexpected is.
 */
class CorpusCheckIT {

    private static RunResult result;
    private static List<ExpectedClaims.Row> expected;

    @BeforeAll
    static void checkCorpus() throws Exception {
        LoadResult refs = ReferenceLoader.load(Path.of("reference-data"));
        assertThat(refs.problems()).isEmpty();
        Checker checker = new Checker(SharedNlp.annotator(), new Verifier(refs.index())::verify, 2, "test");
        result = checker.run(Ingest.discover(InputSpec.of("corpus"), () -> null), InputSpec.DEFAULT_MAX_BYTES,
                Progress.NONE);
        expected = ExpectedClaims.read(Path.of("src/test/resources/corpus-expected.md"), "corpus");
    }

    @Test
    void readsEveryArticleWithoutProblems() {
        assertThat(result.allProblems()).isEmpty();
        assertThat(result.articles()).extracting(ArticleResult::id).containsAll(
                expected.stream().map(ExpectedClaims.Row::articleId).distinct().toList());
    }

    @Test
    void findsEveryExpectedClaimWithItsValueVerdictAndFact() {
        List<String> mismatches = new ArrayList<>();
        for (ExpectedClaims.Row row : expected) {
            if (!row.isClaim()) {
                continue;
            }
            Optional<Finding> found = findingFor(row);
            if (found.isEmpty()) {
                mismatches.add("missed " + row);
                continue;
            }
            Finding f = found.get();
            if (!row.value().isEmpty() && !ValueGrammar.parse(row.value()).canonical()
                    .equals(f.claim().value().canonical())) {
                mismatches.add(row + ": value " + f.claim().value().canonical() + ", expected " + row.value());
            }
            String period = f.claim().period() == null ? "" : f.claim().period().canonical();
            if (!row.period().isEmpty() && !ValueGrammar.parse(row.period()).canonical().equals(period)) {
                mismatches.add(row + ": period " + period + ", expected " + row.period());
            }
            if (!f.verdict().name().equals(row.verdict())) {
                mismatches.add(row + ": verdict " + f.verdict() + " (" + f.explanation() + ")");
            } else if (f.verdict() == Verdict.SUPPORTED || f.verdict() == Verdict.CONTRADICTED) {
                Evidence e = f.evidence().get(0);
                if (!e.subject().equals(row.subject()) || !e.attribute().equals(row.attribute())) {
                    mismatches.add(row + ": linked to " + e.subject() + "/" + e.attribute());
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void extractsNothingTheExpectationsDoNotList() {
        Set<Finding> explained = new HashSet<>();
        expected.stream().filter(ExpectedClaims.Row::isClaim).forEach(r -> findingFor(r).ifPresent(explained::add));
        List<String> spurious = result.findings().stream().filter(f -> !explained.contains(f))
                .map(f -> f.claim().articleId() + ":" + f.claim().position() + " \u201c" + f.claim().text() + "\u201d")
                .toList();
        assertThat(spurious).isEmpty();
    }

    @Test
    void failsTheGateOnlyOnThePlantedErrorsOfTheTestArticle() {
        List<Finding> contradicted = result.findings().stream().filter(f -> f.verdict() == Verdict.CONTRADICTED)
                .toList();
        // The planted errors are the rows corpus-expected.md expects contradicted: each is, and nothing else is.
        List<Finding> planted = expected.stream().filter(r -> r.verdict().equals("CONTRADICTED"))
                .map(r -> findingFor(r).orElseThrow(() -> new AssertionError("planted error not found: " + r)))
                .toList();
        assertThat(planted).isNotEmpty();
        assertThat(contradicted).containsExactlyInAnyOrderElementsOf(planted)
                .allSatisfy(f -> assertThat(f.claim().articleId()).isEqualTo("corpus/test-wrong-facts.md"));
        assertThat(result.articles()).filteredOn(a -> a.meta().testArticle()).extracting(ArticleResult::id)
                .containsExactly("corpus/test-wrong-facts.md");
    }

    @Test
    void everyClaimSpanMatchesItsTextAndLiesInItsSentence() {
        for (ArticleResult a : result.articles()) {
            for (Finding f : a.findings()) {
                assertThat(f.claim().span().of(a.text())).isEqualTo(f.claim().text());
                assertThat(f.claim().sentenceSpan().contains(f.claim().span())).isTrue();
                assertThat(f.claim().sentenceSpan().of(a.text())).isEqualTo(f.claim().sentence());
            }
        }
    }

    /** The finding whose claim text and the expected claim text contain one another, in the same article. */
    private static Optional<Finding> findingFor(ExpectedClaims.Row row) {
        return result.articles().stream().filter(a -> a.id().equals(row.articleId()))
                .flatMap(a -> a.findings().stream())
                .filter(f -> row.claim().contains(f.claim().text()) || f.claim().text().contains(row.claim()))
                .findFirst();
    }
}
