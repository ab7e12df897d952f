package org.claimcheck.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the reviewed expectations of the sample corpus, a Markdown file with one section per article
 * ({@code ## file} or {@code ## file — record-id} for JSON lines) and a table of claims per section.
 */
final class ExpectedClaims {

    /** One table row; empty strings for empty cells. */
    record Row(String articleId, String claim, String kind, String subject, String attribute, String period,
            String value, String verdict) {

        boolean isClaim() {
            return !verdict.equals("NOT_A_CLAIM");
        }

        @Override
        public String toString() {
            return articleId + ": \u201c" + claim + "\u201d " + verdict;
        }
    }

    private ExpectedClaims() {
    }

    static List<Row> read(Path file, String corpusDir) throws IOException {
        List<Row> rows = new ArrayList<>();
        String article = null;
        List<String> header = null;
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("## ")) {
                String title = line.substring(3).replaceAll("\\(.*\\)", "").trim();
                article = title.contains(".") ? articleId(title, corpusDir) : null;
                header = null;
            } else if (article != null && line.startsWith("|") && !line.startsWith("|---")) {
                List<String> cells = Arrays.stream(line.substring(1, line.lastIndexOf('|')).split("\\|", -1))
                        .map(String::trim).toList();
                if (header == null) {
                    header = cells;
                } else {
                    rows.add(new Row(article, cell(cells, header, "claim"), cell(cells, header, "kind"),
                            cell(cells, header, "subject"), cell(cells, header, "attribute"),
                            cell(cells, header, "period"), cell(cells, header, "value"),
                            cell(cells, header, "verdict")));
                }
            }
        }
        return rows;
    }

    private static String articleId(String title, String corpusDir) {
        String[] parts = title.split(" \u2014 ");
        String path = corpusDir + "/" + parts[0].trim();
        return parts.length > 1 ? path + "#" + parts[1].trim() : path;
    }

    private static String cell(List<String> cells, List<String> header, String name) {
        int i = header.indexOf(name);
        return i < 0 || i >= cells.size() ? "" : cells.get(i);
    }
}
