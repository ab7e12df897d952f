package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class EscapingTest {

    @Test
    void htmlWriterEscapesTextAndAttributesByConstruction() throws IOException {
        StringWriter out = new StringWriter();
        new HtmlWriter(out).element("p", "<b>&\"'</b>", "title", "\"><script>x</script>'").finish();
        assertThat(out.toString())
                .isEqualTo("<p title=\"&quot;&gt;&lt;script&gt;x&lt;/script&gt;&#39;\">&lt;b&gt;&amp;\"'&lt;/b&gt;</p>");
    }

    @Test
    void htmlWriterReplacesControlCharacters() throws IOException {
        StringWriter out = new StringWriter();
        new HtmlWriter(out).element("p", "a\u0000b\u001bc\u0085d\te").finish();
        assertThat(out.toString()).isEqualTo("<p>a\uFFFDb\uFFFDc\uFFFDd\te</p>");
    }

    @Test
    void htmlWriterRefusesScriptableAttributesAndUnsafeLinks() {
        StringWriter out = new StringWriter();
        HtmlWriter html = new HtmlWriter(out);
        assertThatThrownBy(() -> html.start("a", "href", "javascript:alert(1)"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("href");
        assertThatThrownBy(() -> html.start("a", "href", " JavaScript:alert(1)"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> html.start("a", "href", "data:text/html,x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> html.start("div", "onclick", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> html.start("div", "style", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> html.start("img", "src", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> html.start("div x=1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> html.start("div", "a b", "1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void htmlWriterChecksThatElementsNest() throws IOException {
        HtmlWriter html = new HtmlWriter(new StringWriter());
        html.start("div").start("p");
        assertThatThrownBy(() -> html.end("div")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("<p>");
        HtmlWriter unclosed = new HtmlWriter(new StringWriter()).start("main");
        assertThatThrownBy(unclosed::finish).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void htmlWriterAcceptsRawContentOnlyWhenItCannotEscapeItsElement() {
        HtmlWriter html = new HtmlWriter(new StringWriter());
        assertThatThrownBy(() -> html.trustedBlock("script", "x = '</SCRIPT>'"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> html.trustedBlock("div", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> html.jsonBlock("d", json -> json.writeRawValue("\"<\"")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void embeddedJsonEscapesMarkupAndLineSeparators() throws IOException {
        String hostile = "</script><!-- & \u2028\u2029 \u00e9";
        StringWriter page = new StringWriter();
        new HtmlWriter(page).jsonBlock("d", json -> json.writeTree(HtmlJson.object().put("t", hostile))).finish();
        String block = page.toString();
        assertThat(block).startsWith("<script type=\"application/json\" id=\"d\">").endsWith("</script>");
        String json = block.substring(block.indexOf('>') + 1, block.length() - "</script>".length());
        assertThat(json).doesNotContain("<", ">", "&", "\u2028", "\u2029").contains("\\u2028", "\u00e9");
        assertThat(Json.MAPPER.readTree(json).get("t").asText()).isEqualTo(hostile);
    }

    @Test
    void onlyAbsoluteHttpUrlsBecomeLinks() {
        assertThat(SafeUrl.findHttp("https://news.example/a?b=1#c")).contains("https://news.example/a?b=1#c");
        assertThat(SafeUrl.findHttp("HTTP://News.Example/")).isPresent();
        for (String unsafe : new String[] {"javascript:alert(1)", "JAVASCRIPT:alert(1)", "java\tscript:alert(1)",
            "data:text/html,<b>", "vbscript:x", "//evil.example/", "/relative", "http:/no-host", "https://a b/",
            "https://x.example/\u0000", "", null}) {
            assertThat(SafeUrl.findHttp(unsafe)).as(String.valueOf(unsafe)).isEmpty();
        }
    }

    @Test
    void markdownEscapingKeepsArticleTextInsideItsCell() {
        assertThat(MarkdownText.escape("a|b `c` *d* _e_ [f](g) <h> & $1 ~s~ @team\nnext\\"))
                .isEqualTo("a\\|b \\`c\\` \\*d\\* \\_e\\_ \\[f\\](g) &lt;h&gt; &amp; \\$1 \\~s\\~ @\u2060team next\\\\");
    }

    @Test
    void csvNeutralisesEveryCellASpreadsheetWouldReadAsAFormula() {
        assertThat(CsvReport.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvReport.neutralise("+cmd")).isEqualTo("'+cmd");
        assertThat(CsvReport.neutralise("-5%")).isEqualTo("'-5%");
        assertThat(CsvReport.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvReport.neutralise("\t=x")).isEqualTo("'\t=x");
        assertThat(CsvReport.neutralise("\r=x")).isEqualTo("'\r=x");
        assertThat(CsvReport.neutralise("$147 billion")).isEqualTo("$147 billion");
        assertThat(CsvReport.neutralise("")).isEmpty();
        assertThat(CsvReport.neutralise(null)).isNull();
    }

    @Test
    void githubCommandsEscapeDataAndProperties() {
        assertThat(GithubReport.data("100% done\r\nnext\u001b[31m")).isEqualTo("100%25 done%0D%0Anext [31m");
        assertThat(GithubReport.property("a:b,c%d\ne")).isEqualTo("a%3Ab%2Cc%25d%0Ae");
    }

    @Test
    void xmlCleaningRemovesOnlyWhatXmlForbids() {
        assertThat(XmlText.clean("a\u0000b\u0008c\td\ne\rf\ud83d\ude80g\ud800h\uFFFEi\uFFFFj]]>"))
                .isEqualTo("abc\td\ne\rf\ud83d\ude80ghij]]>");
        assertThat(XmlText.clean("plain")).isEqualTo("plain");
    }

    @Test
    void oneLineTurnsControlCharactersIntoSingleSpaces() {
        assertThat(OneLine.of("a\r\n\tb\u001b[0mc\u2028d")).isEqualTo("a b [0mc d");
    }

    @Test
    void sarifUrisAreRelativeReferences() {
        assertThat(SarifReport.uri("articles/my file.md")).isEqualTo("articles/my%20file.md");
        assertThat(SarifReport.uri("articles\\win.md")).isEqualTo("articles/win.md");
        assertThat(SarifReport.uri("c:notes.md")).isEqualTo("./c:notes.md");
        assertThat(SarifReport.uri("a/b:c.md")).isEqualTo("a/b:c.md");
        assertThat(SarifReport.uri("articles/\u00e9t\u00e9#1?.md")).isEqualTo("articles/%C3%A9t%C3%A9%231%3F.md");
    }

    @Test
    void cspHashIsTheBase64Sha256OfTheExactBlock() {
        assertThat(HtmlAssets.hash("")).isEqualTo("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    }
}
