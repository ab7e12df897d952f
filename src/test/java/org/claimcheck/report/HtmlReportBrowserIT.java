package org.claimcheck.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.claimcheck.result.ArticleResult;
import org.claimcheck.result.RunResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The HTML report in a real browser: headless Chromium from the system packages, driven through the system
 * chromedriver (never downloaded). Fails, rather than skips, when Chromium is missing.
 */
class HtmlReportBrowserIT {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Paths.get("/usr/bin/chromedriver");

    private static Path workDir;
    private static ChromeDriverService service;
    private static ChromeDriver driver;
    private static Path report;

    @BeforeAll
    static void startBrowser() throws IOException {
        assertThat(CHROMIUM).as("Chromium is required: apt-get install -y chromium chromium-driver").exists();
        assertThat(CHROMEDRIVER).as("chromedriver is required: apt-get install -y chromium-driver").exists();
        workDir = Files.createTempDirectory("claimcheck-browser");
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900",
                "--user-data-dir=" + workDir.resolve("profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        report = workDir.resolve("report.html");
        render(combined(), report);
        Files.createDirectories(Paths.get("target"));
        Files.copy(report, Paths.get("target/report-sample.html"), StandardCopyOption.REPLACE_EXISTING);
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (service != null) {
            service.stop();
        }
        if (workDir != null) {
            try (Stream<Path> files = Files.walk(workDir)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }

    @BeforeEach
    void openReport() {
        driver.get(report.toUri().toString());
    }

    @Test
    void rendersSummaryAndEveryClaim() {
        assertThat(driver.getTitle()).isEqualTo("claimcheck report");
        assertThat(driver.findElement(By.cssSelector("#summary .totals")).getText())
                .startsWith(combined().findings().size() + " claims in " + combined().articles().size() + " articles");
        assertThat(driver.findElements(By.cssSelector("section.article mark.c")))
                .hasSize(combined().findings().size());
        assertThat(driver.findElement(By.id("evidence")).isDisplayed()).isFalse();
    }

    @Test
    void clickingAClaimShowsItsEvidence() throws IOException {
        WebElement contradicted = claim("$147 billion");
        contradicted.click();
        WebElement panel = driver.findElement(By.id("evidence"));
        assertThat(panel.isDisplayed()).isTrue();
        assertThat(panel.getText()).contains("Contradicted", "$147 billion", "$146.88 billion", "2022-01-14",
                "facts-trade.csv:12", "trade in 2021 was $146.88 billion, not $147 billion");
        WebElement source = panel.findElement(By.linkText("https://customs.example/2021"));
        assertThat(source.getDomAttribute("href")).isEqualTo("https://customs.example/2021");
        assertThat(contradicted.getDomAttribute("aria-expanded")).isEqualTo("true");
        Path screenshot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(Paths.get("target"));
        Files.copy(screenshot, Paths.get("target/report-screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aPossibleConflictShowsItsLinkBasisAndStandsApartFromContradictions() {
        WebElement conflict = claim("2015");
        String conflictColour = conflict.getCssValue("background-color");
        assertThat(conflictColour).isNotEqualTo(claim("$147 billion").getCssValue("background-color"))
                .isNotEqualTo(claim("2003").getCssValue("background-color"));
        conflict = claim("2015");
        conflict.click();
        WebElement panel = driver.findElement(By.id("evidence"));
        assertThat(panel.getText()).contains("\u26a0 Possible conflict", "1 September 2014",
                "preceding-text \u2014 " + Scenarios.PRECEDING_REASON);
        panel.findElement(By.cssSelector("button.close")).click();

        WebElement filter = driver.findElement(By.cssSelector("input[data-verdict=possible-conflict]"));
        filter.click();
        assertThat(conflict.getCssValue("background-color")).isEqualTo("rgba(0, 0, 0, 0)");
        assertThat(conflict.getCssValue("text-decoration-line")).isEqualTo("none");
        assertThat(conflict.getDomAttribute("tabindex")).isEqualTo("-1");
        filter.click();
        assertThat(conflict.getCssValue("background-color")).isEqualTo(conflictColour);
    }

    @Test
    void enterOnAFocusedClaimShowsTheDateAnchor() {
        WebElement relative = claim("Last year");
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()", relative);
        relative.sendKeys(Keys.ENTER);
        assertThat(driver.findElement(By.id("evidence")).getText())
                .contains("last year = 2021, from the publication date 2022-03-04");
    }

    @Test
    void verdictFiltersHideAndShowClaims() {
        WebElement supported = claim("3,000 km");
        String marked = supported.getCssValue("background-color");
        WebElement filter = driver.findElement(By.cssSelector("input[data-verdict=supported]"));
        filter.click();
        assertThat(supported.getCssValue("background-color")).isEqualTo("rgba(0, 0, 0, 0)");
        assertThat(supported.getDomAttribute("tabindex")).isEqualTo("-1");
        supported.click();
        assertThat(driver.findElement(By.id("evidence")).isDisplayed()).isFalse();
        filter.click();
        assertThat(supported.getCssValue("background-color")).isEqualTo(marked).isNotEqualTo("rgba(0, 0, 0, 0)");
    }

    @Test
    void nAndPStepThroughFlaggedClaims() {
        List<WebElement> flagged = driver.findElements(By.cssSelector("mark.c.f"));
        assertThat(flagged).hasSizeGreaterThan(2);
        driver.findElement(By.tagName("body")).sendKeys("n");
        assertThat(active().getDomAttribute("data-c")).isEqualTo(flagged.get(0).getDomAttribute("data-c"));
        active().sendKeys("n");
        assertThat(active().getDomAttribute("data-c")).isEqualTo(flagged.get(1).getDomAttribute("data-c"));
        assertThat(driver.findElement(By.id("evidence")).isDisplayed()).isTrue();
        active().sendKeys("p");
        assertThat(active().getDomAttribute("data-c")).isEqualTo(flagged.get(0).getDomAttribute("data-c"));
        driver.findElement(By.id("next-flagged")).click();
        assertThat(active().getDomAttribute("data-c")).isEqualTo(flagged.get(1).getDomAttribute("data-c"));
    }

    @Test
    void loadsWithoutConsoleErrorsOrNetworkRequests() {
        claim("$147 billion").click();
        driver.findElement(By.tagName("body")).sendKeys("n");
        List<String> errors = new ArrayList<>();
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                errors.add(entry.getMessage());
            }
        }
        assertThat(errors).isEmpty();
        Object resources = ((JavascriptExecutor) driver).executeScript(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });");
        assertThat((List<?>) resources).isEmpty();
    }

    @Test
    void hostileArticleRunsNothing() {
        WebElement hostile = claim(Scenarios.HOSTILE_SCRIPT);
        hostile.click();
        assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        // Article text may only sit in the inert JSON data block; the one executable script is the report's own.
        List<WebElement> scripts = driver.findElements(By.tagName("script"));
        assertThat(scripts).hasSize(2);
        assertThat(scripts.get(0).getDomAttribute("type")).isEqualTo("application/json");
        assertThat(scripts.get(1).getDomAttribute("type")).isNull();
        String code = (String) ((JavascriptExecutor) driver).executeScript("return arguments[0].text", scripts.get(1));
        assertThat(code).isEqualTo(HtmlAssets.load().js()).doesNotContain("alert(");
        assertThat(driver.findElements(By.xpath("//section[contains(@class, 'article')]/h2[contains(., '<script>alert(1)</script>')]"))).hasSize(1);
        assertThat(driver.findElements(By.tagName("img"))).isEmpty();
        WebElement panel = driver.findElement(By.id("evidence"));
        assertThat(panel.getText()).contains(Scenarios.HOSTILE_SCRIPT, "<i>1</i>", "javascript:alert(1)");
        assertThat(panel.findElements(By.tagName("a"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector("a[href^=javascript], a[href^=JAVASCRIPT]"))).isEmpty();
        assertThat(driver.findElement(By.tagName("body")).getText()).contains("\u05d0\u05de\u05e0\u05d4", "\ud83d\ude80");
    }

    @Test
    void opensAThousandArticleReportInSeconds() throws IOException {
        RunResult large = LargeCorpus.of(1000, 20);
        Path file = workDir.resolve("large.html");
        long renderStart = System.nanoTime();
        render(large, file);
        long renderMillis = (System.nanoTime() - renderStart) / 1_000_000;
        long getStart = System.nanoTime();
        driver.get(file.toUri().toString());
        long getMillis = (System.nanoTime() - getStart) / 1_000_000;
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Number domReady = (Number) js.executeScript(
                "return performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd;");
        Number loaded = (Number) js.executeScript("return performance.getEntriesByType('navigation')[0].loadEventEnd;");
        Number paint = (Number) js.executeScript("var p = performance.getEntriesByName('first-contentful-paint');"
                + "return p.length ? p[0].startTime : -1;");
        Number marks = (Number) js.executeScript("return document.querySelectorAll('section.article mark.c').length;");
        Number elements = (Number) js.executeScript("return document.getElementsByTagName('*').length;");
        Number firstClick = (Number) js.executeScript("var m = document.querySelectorAll('mark.c.f');"
                + "m = m[m.length - 1]; m.scrollIntoView({block: 'center'}); var t = performance.now(); m.click();"
                + "return document.getElementById('evidence').hidden ? -1 : performance.now() - t;");
        Number nextFlagged = (Number) js.executeScript("var t = performance.now();"
                + "document.getElementById('next-flagged').click(); return performance.now() - t;");
        String figures = String.format("1000 articles, %d claims, %.1f MB: rendered in %d ms; "
                        + "DOMContentLoaded %.0f ms, load %.0f ms, first contentful paint %.0f ms, driver.get %d ms; "
                        + "%d elements; "
                        + "first evidence panel %.0f ms; next flagged %.0f ms%n",
                marks.intValue(), Files.size(file) / 1e6, renderMillis, domReady.doubleValue(),
                loaded.doubleValue(), paint.doubleValue(), getMillis, elements.intValue(), firstClick.doubleValue(),
                nextFlagged.doubleValue());
        Files.writeString(Paths.get("target/report-load-time.txt"), figures);
        System.out.print(figures);
        assertThat(marks.intValue()).isEqualTo(20_000);
        assertThat(loaded.doubleValue()).as(figures).isLessThan(10_000);
        assertThat(firstClick.doubleValue()).as(figures).isBetween(0.0, 1_000.0);
    }

    /** The claim's mark, scrolled to the middle of the window so that the sticky toolbar cannot cover it. */
    private static WebElement claim(String text) {
        for (WebElement mark : driver.findElements(By.cssSelector("section.article mark.c"))) {
            if (mark.getDomAttribute("aria-label").endsWith(": " + text)) {
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", mark);
                return mark;
            }
        }
        throw new AssertionError("no claim " + text);
    }

    private static WebElement active() {
        return driver.switchTo().activeElement();
    }

    /** The scenarios in one run: every verdict, problems and the hostile article. */
    static RunResult combined() {
        List<ArticleResult> articles = new ArrayList<>();
        articles.addAll(Scenarios.everyVerdict().articles());
        articles.addAll(Scenarios.problems().articles());
        articles.addAll(Scenarios.hostile().articles());
        articles.sort(Comparator.comparing(ArticleResult::id));
        return new RunResult("0.1.0", articles, Scenarios.problems().problems());
    }

    static void render(RunResult run, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new HtmlReport().write(run, out);
        }
    }
}
