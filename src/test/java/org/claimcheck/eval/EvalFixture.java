package org.claimcheck.eval;

import java.util.List;
import java.util.Map;
import org.claimcheck.extract.Claim;
import org.claimcheck.ingest.Article;
import org.claimcheck.ingest.ArticleMeta;
import org.claimcheck.ingest.Discovery;
import org.claimcheck.ingest.InputSpec;
import org.claimcheck.reference.ReferenceIndex;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.ArticleStatus;
import org.claimcheck.result.RunResult;
import org.claimcheck.extract.ClaimKind;
import org.claimcheck.text.LineMap;
import org.claimcheck.text.Position;
import org.claimcheck.text.Span;
import org.claimcheck.value.DateValue;
import org.claimcheck.value.Qualifier;
import org.claimcheck.value.Value;
import org.claimcheck.value.ValueGrammar;
import org.claimcheck.verify.Evidence;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Reason;
import org.claimcheck.verify.TypicalReasons;
import org.claimcheck.verify.Verdict;

/**
 * Hand-made labels and findings on one small article, placed by their text, so matcher and metric tests say
 * only what extraction, verification and the labels would have said.
 */
final class EvalFixture {

    static final String PATH = "eval/articles/test.md";
    static final String TEXT = "Power of Siberia began operations in December 2019, five years after the deal.\n"
            + "Trade reached $147 billion in 2021, a record.\n"
            + "Section 2 covers the years 2014 and 2019 in turn.";

    private EvalFixture() {
    }

    static LabelSpec label(String claim) {
        return new LabelSpec(claim);
    }

    /** A claim on the first occurrence of {@code text} (or the {@code occurrence}-th), read by the grammar. */
    static Finding finding(String text, int occurrence, String value, Verdict verdict, Evidence... evidence) {
        Value v = value.startsWith("count:") ? ValueGrammar.requireAmount(value.substring(6))
                : ValueGrammar.parse(value);
        return finding(text, occurrence, v, verdict, evidence);
    }

    static Finding finding(String text, String value, Verdict verdict, Evidence... evidence) {
        return finding(text, 1, value, verdict, evidence);
    }

    static Finding finding(String text, int occurrence, Value value, Verdict verdict, Evidence... evidence) {
        int at = LabelLocator.nth(TEXT, text, occurrence);
        if (at < 0) {
            throw new IllegalArgumentException("not in the fixture text: " + text);
        }
        Span span = new Span(at, at + text.length());
        int lineStart = TEXT.lastIndexOf('\n', at) + 1;
        int lineEnd = TEXT.indexOf('\n', at) < 0 ? TEXT.length() : TEXT.indexOf('\n', at);
        Span sentence = new Span(lineStart, lineEnd);
        Claim claim = new Claim(PATH, ValueKinds.of(value), text, span, LineMap.of(TEXT).position(at), 0, sentence,
                sentence.of(TEXT), value, Qualifier.EXACT, false, null, null, null, null, "fp-" + at);
        return new Finding(claim, verdict, TypicalReasons.of(verdict), List.of(evidence), "judged " + verdict.label());
    }

    /** The evaluation of a run that extracted {@code findings} from the fixture article, against {@code labels}. */
    static EvalReport evaluate(List<LocatedLabel> labels, List<Finding> findings) {
        Article article = new Article(PATH, PATH, ArticleMeta.NONE, TEXT, LineMap.of(TEXT)::position);
        EvalSet set = new EvalSet("eval", ReferenceIndex.EMPTY, InputSpec.of("eval/articles"),
                new Discovery(List.of(), List.of()), List.of(new EvalArticle("test.md", article, TEXT)), labels);
        RunResult run = new RunResult("test", List.of(new ArticleResult(PATH, PATH, ArticleMeta.NONE,
                ArticleStatus.CHECKED, TEXT, findings, List.of())), List.of());
        return Evaluation.evaluate(set, run);
    }

    static Evidence evidence(String subject, String attribute) {
        return new Evidence("facts.csv", 2, subject, attribute, "reference", null, "a source", null, null);
    }

    /** A label row, built up by what a test cares about; by default an UNVERIFIABLE claim about nothing. */
    static final class LabelSpec {
        private final String claim;
        private int occurrence = 1;
        private ClaimKind kind;
        private String value;
        private Expectation expected = Expectation.UNVERIFIABLE;
        private String subject;
        private String attribute;
        private String planted;
        private String period;

        private LabelSpec(String claim) {
            this.claim = claim;
        }

        LabelSpec occurrence(int n) {
            occurrence = n;
            return this;
        }

        LabelSpec value(ClaimKind kind, String value) {
            this.kind = kind;
            this.value = value;
            return this;
        }

        LabelSpec expect(Expectation e) {
            expected = e;
            return this;
        }

        LabelSpec link(String subject, String attribute) {
            this.subject = subject;
            this.attribute = attribute;
            return this;
        }

        LabelSpec planted(String kind) {
            planted = kind;
            expected = Expectation.CONTRADICTED;
            return this;
        }

        LabelSpec period(String period) {
            this.period = period;
            return this;
        }

        LocatedLabel located() {
            int at = LabelLocator.nth(TEXT, claim, occurrence);
            if (at < 0) {
                throw new IllegalArgumentException("not in the fixture text: " + claim);
            }
            ClaimKind k = kind == null ? ClaimKind.NUMBER : kind;
            Value v = null;
            if (value != null && expected.isClaim()) {
                v = k == ClaimKind.DATE ? ValueGrammar.requireDate(value) : ValueGrammar.requireAmount(value);
            }
            DateValue p = period == null ? null : ValueGrammar.requireDate(period);
            Label label = new Label("test.md", claim, occurrence, k, subject, attribute, p,
                    value == null ? "" : value, v, expected, planted, "", new LabelCells("eval/labels.csv",
                            new Position(2, 1), Map.of()));
            return new LocatedLabel(label, PATH, PATH, new Span(at, at + claim.length()),
                    LineMap.of(TEXT).position(at), claim);
        }

        /** The same label as if ingest had dropped its text: located in the source file, without a span. */
        LocatedLabel dropped() {
            LocatedLabel l = located();
            return new LocatedLabel(l.label(), l.articleId(), l.path(), null, l.position(), l.context());
        }
    }
}
