package org.claimcheck.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.claimcheck.ingest.Article;
import org.claimcheck.ingest.Discovery;
import org.claimcheck.ingest.Ingest;
import org.claimcheck.ingest.InputFile;
import org.claimcheck.ingest.InputSpec;
import org.claimcheck.ingest.ReadResult;
import org.claimcheck.problem.Problem;
import org.claimcheck.reference.LoadResult;
import org.claimcheck.reference.ReferenceIndex;
import org.claimcheck.reference.ReferenceLoader;

/**
 * Loads an evaluation set folder ({@code labels.csv}, {@code reference-data/}, {@code articles/}) and checks
 * it as a whole: the tables load, every article reads, and every label names a known article, subject and
 * attribute and is found in its article. Nothing is analysed here; the set is valid only without errors.
 */
public final class EvalSets {

    private EvalSets() {
    }

    /** Loads the set in {@code dir}, named in messages as given ("eval", "eval/"). */
    public static EvalSetLoad load(String dir) {
        String name = dir.endsWith("/") && dir.length() > 1 ? dir.substring(0, dir.length() - 1) : dir;
        Path root = Path.of(name);
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            problems.add(Problem.error("no-eval-set", name, "not a directory: expected an evaluation set with "
                    + "labels.csv, reference-data/ and articles/"));
            return new EvalSetLoad(Optional.empty(), problems);
        }
        LoadResult refs = ReferenceLoader.load(root.resolve("reference-data"));
        problems.addAll(refs.problems());
        String articlesName = name + "/articles";
        InputSpec inputs = InputSpec.of(articlesName);
        Discovery discovery = Ingest.discover(inputs, InputStream::nullInputStream);
        problems.addAll(discovery.problems());
        List<EvalArticle> articles = read(root.resolve("articles"), discovery, inputs.maxBytes(), problems);
        if (articles.isEmpty() && discovery.problems().isEmpty()) {
            problems.add(Problem.error("no-articles", articlesName, "no articles: expected .txt, .md, .html or "
                    + ".jsonl files"));
        }
        LabelReader.Read labels = LabelReader.read(root.resolve("labels.csv"), name + "/labels.csv");
        problems.addAll(labels.problems());
        // Against invalid tables every id would look unknown: those problems would only hide the real one.
        List<LocatedLabel> located = locate(labels.labels(), articles, refs.isValid() ? refs.index() : null,
                problems);
        if (problems.stream().anyMatch(Problem::isError)) {
            return new EvalSetLoad(Optional.empty(), problems);
        }
        return new EvalSetLoad(Optional.of(new EvalSet(name, refs.index(), inputs, discovery, articles, located)),
                problems);
    }

    private static List<EvalArticle> read(Path folder, Discovery discovery, long maxBytes, List<Problem> problems) {
        List<EvalArticle> articles = new ArrayList<>();
        for (InputFile input : discovery.files()) {
            ReadResult read = Ingest.read(input, maxBytes);
            problems.addAll(read.problems());
            String source;
            try {
                source = Files.readString(input.file(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                continue; // ingest has already reported why the file cannot be read
            }
            String relative = relative(folder, input.file());
            for (Article article : read.articles()) {
                String key = relative + article.id().substring(input.path().length());
                articles.add(new EvalArticle(key, article, source));
            }
        }
        return articles;
    }

    /** The file's path relative to the articles folder, with {@code /} between names on every platform. */
    private static String relative(Path folder, Path file) {
        Path rel = folder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        List<String> names = new ArrayList<>();
        rel.forEach(p -> names.add(p.toString()));
        return String.join("/", names);
    }

    private static List<LocatedLabel> locate(List<Label> labels, List<EvalArticle> articles, ReferenceIndex index,
            List<Problem> problems) {
        Map<String, EvalArticle> byKey = new LinkedHashMap<>();
        articles.forEach(a -> byKey.put(a.key(), a));
        Set<String> seen = new HashSet<>();
        List<LocatedLabel> located = new ArrayList<>();
        for (Label label : labels) {
            if (index != null) {
                checkIds(label, index, problems);
            }
            if (!seen.add(label.article() + "\u0000" + label.claim() + "\u0000" + label.occurrence())) {
                problems.add(Problem.error("duplicate-label", label.cells().file(), label.cells().row(),
                        "\"" + label.claim() + "\" (occurrence " + label.occurrence() + ") in " + label.article()
                                + " is labelled twice: expected one row per occurrence"));
                continue;
            }
            EvalArticle article = byKey.get(label.article());
            if (article == null) {
                problems.add(Problem.error("unknown-article", label.cells().file(), label.cells().at("article"),
                        "unknown article \"" + label.article() + "\": expected one of "
                                + String.join(", ", byKey.keySet())));
                continue;
            }
            LabelLocator.locate(label, article, problems).ifPresent(located::add);
        }
        return located;
    }

    private static void checkIds(Label label, ReferenceIndex index, List<Problem> problems) {
        if (label.subject() != null && index.findSubject(label.subject()).isEmpty()) {
            problems.add(Problem.error("unknown-subject", label.cells().file(), label.cells().at("subject"),
                    "unknown subject \"" + label.subject() + "\": expected a subject_id of the reference tables"));
        }
        if (label.attribute() != null && index.findAttribute(label.attribute()).isEmpty()) {
            problems.add(Problem.error("unknown-attribute", label.cells().file(), label.cells().at("attribute"),
                    "unknown attribute \"" + label.attribute() + "\": expected an attribute of the reference tables"));
        }
    }
}
