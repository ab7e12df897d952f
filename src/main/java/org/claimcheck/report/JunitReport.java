package org.claimcheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.claimcheck.problem.Problem;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.RunResult;
import org.claimcheck.verify.Evidence;
import org.claimcheck.verify.Finding;
import org.claimcheck.verify.Verdict;

/**
 * JUnit XML ({@code junit.xml}) for CI test views: a test suite per article named by its id (unique, also for
 * the articles of one JSON-lines file), a test case per claim, class names without dots.
 * Contradicted claims, possible conflicts and ambiguous claims fail (an editor must look at them), unverifiable
 * claims are skipped (nothing could check them), supported claims pass; an input error is an erroring test
 * case, a warning a passing one with its message in system-out. Always well-formed: characters XML 1.0
 * forbids are removed from article text.
 */
public final class JunitReport implements ReportRenderer {

    static final String INPUTS_SUITE = "claimcheck inputs";

    @Override
    public void write(RunResult result, Writer out) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            Totals totals = Totals.of(result);
            List<Problem> errors = result.allProblems().stream().filter(Problem::isError).toList();
            xml.writeStartElement("testsuites");
            xml.writeAttribute("name", "claimcheck");
            xml.writeAttribute("tests", Integer.toString(totals.claims() + totals.problems()));
            int failures = 0;
            for (Verdict v : Verdict.values()) {
                failures += v.flagged() ? totals.count(v) : 0;
            }
            xml.writeAttribute("failures", Integer.toString(failures));
            xml.writeAttribute("errors", Integer.toString(errors.size()));
            xml.writeAttribute("skipped", Integer.toString(totals.count(Verdict.UNVERIFIABLE)));
            xml.writeCharacters("\n");
            if (!result.problems().isEmpty()) {
                suite(xml, INPUTS_SUITE, List.of(), result.problems().stream().sorted().toList());
            }
            for (ArticleResult article : result.articles()) {
                // The id, not the path: the articles of one JSON-lines file each get a suite of their own.
                suite(xml, suiteName(article), article.findings(), article.problems().stream().sorted().toList());
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
        }
    }

    private static void suite(XMLStreamWriter xml, String name, List<Finding> findings, List<Problem> problems)
            throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("testsuite");
        attribute(xml, "name", name);
        xml.writeAttribute("tests", Integer.toString(findings.size() + problems.size()));
        xml.writeAttribute("failures", Long.toString(findings.stream().filter(f -> f.verdict().flagged()).count()));
        xml.writeAttribute("errors", Long.toString(problems.stream().filter(Problem::isError).count()));
        xml.writeAttribute("skipped", Long.toString(
                findings.stream().filter(f -> f.verdict() == Verdict.UNVERIFIABLE).count()));
        xml.writeCharacters("\n");
        for (Problem problem : problems) {
            // Problems of an article are its test cases; those of no article are named by their own file.
            problemCase(xml, className(name.equals(INPUTS_SUITE) ? problem.path() : name), problem);
        }
        for (Finding finding : findings) {
            claimCase(xml, className(name), finding);
        }
        xml.writeCharacters("  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void claimCase(XMLStreamWriter xml, String classname, Finding finding)
            throws XMLStreamException {
        xml.writeCharacters("    ");
        xml.writeStartElement("testcase");
        attribute(xml, "name", "\"" + OneLine.of(finding.claim().text()) + "\" at " + finding.claim().position());
        attribute(xml, "classname", classname);
        Verdict verdict = finding.verdict();
        if (verdict.flagged()) {
            xml.writeStartElement("failure");
            attribute(xml, "message", finding.explanation());
            xml.writeAttribute("type", verdict.label());
            text(xml, evidenceText(finding));
            xml.writeEndElement();
        } else if (verdict == Verdict.UNVERIFIABLE) {
            xml.writeEmptyElement("skipped");
            attribute(xml, "message", finding.explanation());
        } else {
            xml.writeStartElement("system-out");
            text(xml, finding.explanation());
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void problemCase(XMLStreamWriter xml, String classname, Problem problem)
            throws XMLStreamException {
        xml.writeCharacters("    ");
        xml.writeStartElement("testcase");
        attribute(xml, "name", problem.code() + problem.findPosition().map(p -> " at " + p).orElse(""));
        attribute(xml, "classname", classname);
        xml.writeStartElement(problem.isError() ? "error" : "system-out");
        if (problem.isError()) {
            attribute(xml, "message", problem.message());
            xml.writeAttribute("type", problem.code());
        }
        text(xml, problem.toString());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    /** The article's file, and for an article of a JSON-lines file its id there ({@code feed.jsonl#a1}). */
    static String suiteName(ArticleResult article) {
        return article.id().startsWith(article.path() + "#") ? article.id() : article.path();
    }

    /**
     * A class name CI servers show as the file: they split class names at dots into package and class
     * ({@code corpus/energy-axis.md} would become class {@code md}), so dots become underscores.
     */
    static String className(String pathOrId) {
        return pathOrId.replace('.', '_');
    }

    static String evidenceText(Finding finding) {
        String claim = finding.claim().position() + ": \"" + finding.claim().text() + "\" in: "
                + finding.claim().sentence();
        String evidence = finding.evidence().stream().map(JunitReport::describe)
                .collect(Collectors.joining("\n"));
        return evidence.isEmpty() ? claim : claim + "\n" + evidence;
    }

    private static String describe(Evidence e) {
        StringBuilder sb = new StringBuilder("reference ").append(e.table()).append(':').append(e.line())
                .append(": ").append(e.value());
        if (e.period() != null) {
            sb.append(" (period ").append(e.period()).append(')');
        }
        if (e.source() != null) {
            sb.append("; source: ").append(e.source());
        }
        if (e.vintage() != null) {
            sb.append("; vintage ").append(e.vintage());
        }
        if (e.note() != null) {
            sb.append("; note: ").append(e.note());
        }
        return sb.toString();
    }


    private static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, XmlText.clean(value));
    }

    private static void text(XMLStreamWriter xml, String value) throws XMLStreamException {
        xml.writeCharacters(XmlText.clean(value));
    }
}
