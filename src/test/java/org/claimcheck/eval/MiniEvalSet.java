package org.claimcheck.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small evaluation set written into a folder: one Markdown article, one JSON-lines file, tables, labels. */
final class MiniEvalSet {

    static final String HEADER = "article,claim,occurrence,kind,subject,attribute,period,value,verdict,planted,"
            + "note\n";

    private MiniEvalSet() {
    }

    /** Writes the set into {@code dir} with {@code labelRows} after the header; returns {@code dir}. */
    static Path write(Path dir, String labelRows) throws IOException {
        Path articles = Files.createDirectories(dir.resolve("articles"));
        Files.writeString(articles.resolve("pipeline.md"), "---\ntitle: Gas\ndate: 2024-08-15\n---\n"
                + "# Power of Siberia at five\n\n"
                + "The Power of Siberia pipeline began operations in December 2019. By 2019 it was complete.\n\n"
                + "ALSO READ: 7 charts on gas\n");
        Files.writeString(articles.resolve("briefs.jsonl"),
                "{\"id\": \"b1\", \"date\": \"2022-01-14\", \"text\": \"Trade reached $147 billion in 2021.\"}\n");
        Path refs = Files.createDirectories(dir.resolve("reference-data"));
        Files.writeString(refs.resolve("subjects.csv"), "subject_id,name,aliases,note\n"
                + "power-of-siberia,Power of Siberia,Power of Siberia pipeline,\n");
        Files.writeString(refs.resolve("attributes.csv"), "attribute,kind,phrases,note\n"
                + "began-operations,event,began operations,\n");
        Files.writeString(refs.resolve("facts.csv"), "subject_id,attribute,value,period,tolerance,source,vintage,note\n"
                + "power-of-siberia,began-operations,2019-12-02,,,https://example.org/pos,2019-12-02,\n");
        Files.writeString(dir.resolve("labels.csv"), HEADER + labelRows);
        return dir;
    }
}
