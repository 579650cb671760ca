package cn.gkcheck.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;

/**
 * The HTML audit in a real browser (headless Chromium driven by Selenium over file:// URLs): the overview
 * filters and sorts, its links lead to the report pages, the highlighted cells are the ones the findings
 * name, and no page logs an error. Screenshots go to target/html-audit/ (docs/img holds copies).
 *
 * <p>Chromium and chromedriver come from Debian ({@code apt-get install chromium chromium-driver}; .ci/run
 * installs them). Without them this test fails and says so, unless {@code -Dgkcheck.browser=skip} is given
 * on purpose: a browser test that skips silently in CI tests nothing.
 */
class HtmlAuditBrowserTest {
    static final String CHROMIUM = "/usr/bin/chromium", CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Path OUT = Path.of("target/html-audit");
    static final String[] INPUTS = {"fixtures/samples", "fixtures/bad", "fixtures/clean",
            "fixtures/rules/GK-CELL-BLANK", "fixtures/rules/GK-BAL-B1", "fixtures/rules/GK-CELL-TEXT"};

    static ChromeDriver driver;
    static JsonNode json;

    @BeforeAll
    static void buildTheAuditAndStartChromium() throws Exception {
        boolean present = new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute();
        if (!present && "skip".equals(System.getProperty("gkcheck.browser"))) {
            Assumptions.abort("no Chromium, and -Dgkcheck.browser=skip given");
        }
        if (!present) {
            throw new IllegalStateException("HtmlAuditBrowserTest needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + ": apt-get install chromium chromium-driver (or run with -Dgkcheck.browser=skip to leave the browser test out)");
        }
        deleteTree(OUT);
        // one run writes both outputs: the JSON is what the test expects the pages to show
        List<String> args = new ArrayList<>(List.of("--format", "json,html"));
        args.addAll(List.of(INPUTS));
        Audits.writeAs(OUT.resolve("audit"), args.toArray(String[]::new));
        json = new ObjectMapper().readTree(OUT.resolve("audit/gkcheck.json").toFile());

        Path profile = Files.createTempDirectory("gkcheck-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // the machine has no network: without these Chromium waits on connections it will never get
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1400,1100");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        // an explicit driver: Selenium Manager is never asked to download one
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (driver != null) driver.quit();
    }

    @Test
    void theOverviewFiltersSortsAndLeadsToAReportWithItsCellsHighlighted() throws Exception {
        // the browser log is read, or "no errors" would prove nothing
        driver.get(OUT.resolve("audit/html/index.html").toUri().toString());
        driver.executeScript("console.error('gkcheck-probe')");
        assertThat(severe()).anyMatch(m -> m.contains("gkcheck-probe"));

        driver.navigate().refresh();
        int reports = json.at("/reports").size();
        assertThat(visibleRows()).hasSize(reports);

        // typing filters by organ (and file and rule): as many rows as reports of 溪南区
        long xinan = count(r -> r.at("/report/organ").asText().contains("溪南区"));
        assertThat(xinan).isBetween(1L, reports - 1L);
        driver.findElement(By.id("q")).sendKeys("溪南区");
        assertThat(visibleRows()).hasSize((int) xinan);
        assertThat(driver.findElement(By.id("shown")).getText()).isEqualTo(String.valueOf(xinan));

        // the rule select narrows further: the 溪南区 reports with a blank cell
        new Select(driver.findElement(By.id("f-rule"))).selectByValue("GK-CELL-BLANK");
        long blank = count(r -> r.at("/report/organ").asText().contains("溪南区") && hasRule(r, "GK-CELL-BLANK"));
        assertThat(blank).isBetween(1L, xinan - 1);
        assertThat(visibleRows()).hasSize((int) blank);
        new Select(driver.findElement(By.id("f-rule"))).selectByValue("");
        driver.findElement(By.id("q")).clear();
        driver.executeScript("document.getElementById('q').dispatchEvent(new Event('input'))");
        assertThat(visibleRows()).hasSize(reports);

        // a click on 错误 sorts by errors, ascending then descending
        WebElement errorsHead = driver.findElement(By.xpath("//table[@id='reports']/thead/tr/th[6]"));
        assertThat(errorsHead.getText()).isEqualTo("错误");
        errorsHead.click();
        assertThat(errorsColumn()).isSorted();
        errorsHead.click();
        List<Integer> descending = errorsColumn();
        assertThat(descending.get(0)).isEqualTo(descending.stream().max(Integer::compare).orElseThrow());
        assertThat(descending).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        screenshot("overview.png");
        assertThat(severe()).isEmpty();

        // the seed's link opens its page
        String seed = Audits.SEED;
        driver.findElement(By.linkText(seed)).click();
        assertThat(driver.getCurrentUrl()).endsWith("/reports/0001-000_fbcc47a07046e9b4.txt.html");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("四方台区人民政府");

        // the highlighted cells are exactly the cells the seed's findings name, each with the rules that name it
        JsonNode seedReport = null;
        for (JsonNode r : json.at("/reports")) if (r.at("/source").asText().equals(seed)) seedReport = r;
        Map<String, TreeSet<String>> named = new TreeMap<>();
        for (JsonNode f : seedReport.at("/findings")) {
            JsonNode l = f.at("/location");
            if (l.has("table") && l.has("row") && l.has("column"))
                named.computeIfAbsent(l.get("table").asText() + "/" + l.get("row").asText() + "/" + l.get("column").asText(), k -> new TreeSet<>())
                        .add(f.at("/rule").asText());
        }
        List<WebElement> hits = driver.findElements(By.cssSelector("td.hit"));
        assertThat(hits).hasSize(named.size());
        for (WebElement td : hits) {
            assertThat(named).containsKey(td.getAttribute("data-key"));
            assertThat(td.getAttribute("data-rules")).isEqualTo(String.join(" ", named.get(td.getAttribute("data-key"))));
            assertThat(td.isDisplayed()).isTrue();
        }
        // a finding's link shows its cell
        driver.findElement(By.cssSelector("a.to-cell[href='#c-proactive-licensing-previousCount']")).click();
        assertThat(driver.getCurrentUrl()).endsWith("#c-proactive-licensing-previousCount");
        driver.executeScript("window.scrollTo(0, 0)");
        driver.manage().window().setSize(new Dimension(1400, 1800));
        screenshot("report.png");
        assertThat(severe()).isEmpty();

        // the rule's link leads to its explanation
        driver.findElement(By.cssSelector("a.rule[href$='#GK-CELL-TEXT']")).click();
        assertThat(driver.getCurrentUrl()).endsWith("rules.html#GK-CELL-TEXT");
        assertThat(driver.findElement(By.id("GK-CELL-TEXT")).getText()).contains("GK-CELL-TEXT");
        assertThat(severe()).isEmpty();
    }

    private static List<WebElement> visibleRows() {
        return driver.findElements(By.cssSelector("#reports tbody tr")).stream().filter(WebElement::isDisplayed).toList();
    }

    private static List<Integer> errorsColumn() {
        return visibleRows().stream().map(tr -> Integer.parseInt(tr.findElements(By.tagName("td")).get(5).getText())).toList();
    }

    private static long count(java.util.function.Predicate<JsonNode> p) {
        long n = 0;
        for (JsonNode r : json.at("/reports")) if (p.test(r)) n++;
        return n;
    }

    private static boolean hasRule(JsonNode report, String rule) {
        for (JsonNode f : report.at("/findings")) if (f.at("/rule").asText().equals(rule)) return true;
        return false;
    }

    /** The browser's errors since the last call (reading the log empties it). */
    private static List<String> severe() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    private static void screenshot(String name) throws Exception {
        Files.write(OUT.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
    }

    private static void deleteTree(Path p) throws Exception {
        if (!Files.exists(p)) return;
        try (var walk = Files.walk(p)) {
            for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(q);
        }
    }
}
