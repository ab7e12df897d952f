package org.claimcheck.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The file formats of the benchmark corpus, each as a reader of that format expects to find an article. */
enum BenchFormat {
    TEXT("txt") {
        @Override
        String render(List<BenchArticle> articles) {
            BenchArticle a = articles.get(0);
            StringBuilder out = new StringBuilder();
            out.append("Title: ").append(a.title()).append('\n').append("Date: ").append(a.date()).append('\n')
                    .append("URL: ").append(a.url()).append("\n\n").append(a.title()).append('\n');
            a.paragraphs().forEach(p -> out.append(p).append('\n'));
            return out.toString();
        }
    },
    MARKDOWN("md") {
        @Override
        String render(List<BenchArticle> articles) {
            BenchArticle a = articles.get(0);
            StringBuilder out = new StringBuilder();
            out.append("---\ntitle: \"").append(a.title()).append("\"\ndate: ").append(a.date())
                    .append("\nurl: ").append(a.url()).append("\n---\n\n# ").append(a.title()).append("\n\n");
            for (int i = 0; i < a.paragraphs().size(); i++) {
                if (i > 0 && i % 4 == 0) {
                    out.append("## Part ").append(i / 4 + 1).append("\n\n");
                }
                out.append(a.paragraphs().get(i)).append("\n\n");
            }
            return out.toString();
        }
    },
    HTML("html") {
        @Override
        String render(List<BenchArticle> articles) {
            BenchArticle a = articles.get(0);
            Document doc = Document.createShell("");
            doc.title(a.title());
            doc.head().appendElement("meta").attr("property", "article:published_time")
                    .attr("content", a.date() + "T08:00:00+00:00");
            doc.head().appendElement("link").attr("rel", "canonical").attr("href", a.url());
            Element nav = doc.body().appendElement("nav");
            nav.appendElement("a").attr("href", "/").text("Home");
            nav.appendElement("a").attr("href", "/energy").text("Energy");
            Element article = doc.body().appendElement("article");
            article.appendElement("h1").text(a.title());
            a.paragraphs().forEach(p -> article.appendElement("p").text(p));
            doc.body().appendElement("footer").appendElement("p").text("Bench Desk");
            return doc.outerHtml() + "\n";
        }
    },
    JSONL("jsonl") {
        @Override
        String render(List<BenchArticle> articles) {
            StringBuilder out = new StringBuilder();
            for (BenchArticle a : articles) {
                ObjectNode line = JSON.createObjectNode().put("id", a.id()).put("title", a.title())
                        .put("date", a.date().toString()).put("url", a.url())
                        .put("text", a.title() + "\n" + String.join("\n", a.paragraphs()));
                try {
                    out.append(JSON.writeValueAsString(line)).append('\n');
                } catch (JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return out.toString();
        }
    };

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String extension;

    BenchFormat(String extension) {
        this.extension = extension;
    }

    String extension() {
        return extension;
    }

    abstract String render(List<BenchArticle> articles);
}
