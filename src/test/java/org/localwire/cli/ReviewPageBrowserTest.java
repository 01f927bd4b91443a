package org.localwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * The review pages in a real browser (issue 16, review by exception): Debian's headless
 * Chromium, driven through chromedriver, opens index.html from the file system; it opens sorted
 * by news value, sorts by each key, filters by force, nation, flag and search, shows the flagged
 * stories alone, keeps approve / hold marks across a reload, and its exported list round-trips
 * through {@code batch --approved}. The page of several offences shows each area's biggest story
 * and filters it by force. Skipped on a developer machine without Chromium; on CI (CI set) a
 * missing browser fails, because .ci/run installs it.
 */
class ReviewPageBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir static Path dir;
  static WebDriver browser;
  static Path index;
  static Path overview;

  @BeforeAll
  static void start() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(DRIVER)) {
      if (System.getenv("CI") != null) {
        fail("CI must have Debian's chromium and chromium-driver: .ci/run installs them");
      }
      Assumptions.abort("Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
    }
    Cli r = Cli.run("batch", "--out", dir.toString(), "--no-progress");
    assertEquals(0, r.exit(), r.err());
    index = dir.resolve(BatchTest.RELEASE).resolve("index.html");
    Cli many = Cli.run("batch", "--offence", "Shoplifting,Robbery", "--formats", "html", "--out",
        dir.resolve("many").toString(), "--no-progress");
    assertEquals(0, many.exit(), many.err());
    overview = dir.resolve("many/index.html");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + dir.resolve("profile"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
  }

  /** Each test starts from the release's page with no marks kept from another. */
  @BeforeEach
  void open() {
    browser.get(index.toUri().toString());
    js("window.localStorage.clear();");
    browser.navigate().refresh();
  }

  static Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  /** Clicks as a reader would, the element first scrolled to the middle (clear of the table's sticky heading). */
  static void click(WebElement e) {
    js("arguments[0].scrollIntoView({block: 'center'});", e);
    e.click();
  }

  static void mark(String id, String button) {
    click(row(id).findElement(By.cssSelector("button." + button)));
  }

  /** The shown rows of a table, in page order, each as its data- attributes (one browser call, not hundreds). */
  @SuppressWarnings("unchecked")
  static List<Map<String, String>> shown(String table) {
    return (List<Map<String, String>>) js("return Array.prototype.slice.call(document.querySelectorAll('#" + table
        + " tbody tr')).filter(function (r) { return !r.hidden; }).map(function (r) { var d = {};"
        + " for (var k in r.dataset) { d[k] = r.dataset[k]; } d.text = r.innerText; return d; });");
  }

  static List<Map<String, String>> shown() {
    return shown("stories");
  }

  static void choose(String select, String value) {
    new Select(browser.findElement(By.id(select))).selectByValue(value);
  }

  static WebElement row(String id) {
    return browser.findElement(By.cssSelector("#stories tr[data-id='" + id + "']"));
  }

  @Test
  void filtersByForceAndLinksToEveryStory() {
    assertEquals(358, shown().size(), "315 areas and 43 forces");

    new Select(browser.findElement(By.id("force"))).selectByVisibleText("Gwent");
    List<Map<String, String>> gwent = shown();
    assertEquals(6, gwent.size(), "five areas and the force");
    assertEquals("6", browser.findElement(By.id("shown")).getText());
    for (Map<String, String> row : gwent) {
      assertEquals("Gwent", row.get("force"));
    }

    // every link on the page points at a file that exists
    @SuppressWarnings("unchecked")
    List<String> hrefs = (List<String>) js("return Array.prototype.slice.call(document.querySelectorAll('#stories a'))"
        + ".map(function (a) { return a.href; });");
    assertEquals(358 * 6, hrefs.size(), "txt, md, html, json, facts and the headline link for each story");
    for (String href : hrefs) {
      assertTrue(Files.exists(Path.of(URI.create(href))), href + " (index at " + index + ")");
    }

    WebElement link = row(BatchTest.RELEASE + "/gwent/newport").findElement(By.cssSelector("a.story"));
    String headline = link.getText();
    click(link);
    assertTrue(browser.getCurrentUrl().endsWith("/gwent/newport.html"), browser.getCurrentUrl());
    assertEquals(headline, browser.findElement(By.tagName("h1")).getText());
    assertTrue(browser.findElement(By.tagName("article")).getText().contains("2,141"));

    browser.findElement(By.linkText("All stories")).click();
    assertTrue(browser.getCurrentUrl().endsWith("/index.html"), browser.getCurrentUrl());
  }

  @Test
  void opensSortedByNewsValueWithForceStoriesAmongTheRest() {
    List<Map<String, String>> rows = shown();
    assertEquals("score-desc", new Select(browser.findElement(By.id("sort"))).getFirstSelectedOption()
        .getAttribute("value"));
    for (int i = 1; i < rows.size(); i++) {
      assertTrue(score(rows.get(i - 1)) >= score(rows.get(i)), "row " + i + " outscores the one above it");
    }
    assertTrue(score(rows.get(0)) > score(rows.get(rows.size() - 1)), "every score the same");
    int firstForce = -1;
    for (int i = 0; i < rows.size() && firstForce < 0; i++) {
      firstForce = rows.get(i).get("area").startsWith("All of ") ? i : -1;
    }
    assertTrue(firstForce >= 0 && firstForce < rows.size() - 43, "the force stories sit at the bottom: " + firstForce);

    choose("sort", "count-desc");
    rows = shown();
    for (int i = 1; i < rows.size(); i++) {
      assertTrue(Long.parseLong(rows.get(i - 1).get("count")) >= Long.parseLong(rows.get(i).get("count")), "count " + i);
    }
    choose("sort", "rate-desc");
    assertOrdered(shown(), "rate", -1);
    choose("sort", "change-asc");
    assertOrdered(shown(), "change", 1);
    choose("sort", "flags-desc");
    rows = shown();
    for (int i = 1; i < rows.size(); i++) {
      assertTrue(flags(rows.get(i - 1)) >= flags(rows.get(i)), "flags " + i);
    }

    // a click on a heading sorts by it; a second click turns the order round
    click(browser.findElement(By.cssSelector("th[data-sort='area']")));
    rows = shown();
    assertEquals("Adur", rows.get(0).get("area"));
    click(browser.findElement(By.cssSelector("th[data-sort='area']")));
    assertEquals(rows.get(rows.size() - 1).get("area"), shown().get(0).get("area"));
    click(browser.findElement(By.cssSelector("th[data-sort='score']")));
    assertEquals(rows.size(), shown().size());
    assertEquals(score(shown().get(0)), rows.stream().mapToInt(ReviewPageBrowserTest::score).max().orElseThrow());
  }

  /** Rows in order of a numeric key ({@code sign} 1 rising, -1 falling), those without it last. */
  static void assertOrdered(List<Map<String, String>> rows, String key, int sign) {
    boolean blank = false;
    for (int i = 0; i < rows.size(); i++) {
      String v = rows.get(i).get(key);
      if (v.isEmpty()) {
        blank = true;
        continue;
      }
      assertFalse(blank, key + ": row " + i + " with a value comes after one without");
      if (i > 0) {
        double before = Double.parseDouble(rows.get(i - 1).get(key));
        assertTrue(sign * Double.compare(Double.parseDouble(v), before) >= 0, key + " " + i + ": " + before + ", " + v);
      }
    }
    assertTrue(rows.stream().anyMatch(r -> !r.get(key).isEmpty()), key + ": no row has one");
  }

  static int score(Map<String, String> row) {
    return Integer.parseInt(row.get("score"));
  }

  static int flags(Map<String, String> row) {
    return row.get("flags").isEmpty() ? 0 : row.get("flags").split(" ").length;
  }

  @Test
  void filtersByFlagNationAndSearchAndShowsWhatNeedsALook() {
    // every draft carries a sample quote: said once above the table, never as a badge on each row
    assertTrue(browser.findElement(By.id("common")).getText().contains("sample-quote"));
    assertTrue(browser.findElements(By.cssSelector("#stories .flag")).stream()
        .noneMatch(b -> b.getText().equals("sample-quote")), "a sample-quote badge on a row");
    List<Map<String, String>> all = shown();
    assertTrue(all.stream().allMatch(r -> !r.get("flags").contains("sample-quote")));

    choose("flag", "small-numbers");
    List<Map<String, String>> small = shown();
    long expected = all.stream().filter(r -> List.of(r.get("flags").split(" ")).contains("small-numbers")).count();
    assertTrue(expected > 0, "no story flagged small-numbers on the bundled data");
    assertEquals(expected, small.size());
    assertEquals(String.valueOf(expected), browser.findElement(By.id("shown")).getText());
    assertTrue(small.stream().allMatch(r -> r.get("flags").contains("small-numbers")));

    choose("flag", "");
    choose("view", "look");
    List<Map<String, String>> look = shown();
    assertEquals(browser.findElement(By.id("look-count")).getText(), String.valueOf(look.size()));
    assertTrue(look.stream().allMatch(r -> r.get("look").equals("true") && !r.get("flags").isEmpty()));
    assertTrue(look.size() < all.size(), "every story needs a look");
    assertTrue(look.stream().noneMatch(r -> r.get("area").startsWith("All of ")),
        "a force story, flagged only sample-quote, is in the needs-a-look view");

    choose("view", "all");
    choose("nation", "Wales");
    List<Map<String, String>> wales = shown();
    assertEquals(all.stream().filter(r -> r.get("nation").equals("Wales")).count(), wales.size());
    assertTrue(wales.stream().allMatch(r -> r.get("nation").equals("Wales")));
    assertTrue(wales.stream().anyMatch(r -> r.get("area").equals("All of Gwent")), "a Welsh force story");
    assertTrue(wales.stream().anyMatch(r -> r.get("area").equals("Newport")));
    assertTrue(wales.size() < 40, wales.size() + " Welsh stories");

    choose("nation", "");
    browser.findElement(By.id("search")).sendKeys("newport");
    List<Map<String, String>> found = shown();
    assertTrue(found.stream().anyMatch(r -> r.get("area").equals("Newport")), found.toString());
    assertTrue(found.stream().allMatch(r -> r.get("text").toLowerCase(java.util.Locale.ROOT).contains("newport")));
    assertTrue(found.size() < 10, found.size() + " rows for newport");
  }

  @Test
  void approvalsAreKeptAndTheExportedListRoundTripsThroughApproved() throws Exception {
    String newport = BatchTest.RELEASE + "/gwent/newport";
    String force = BatchTest.RELEASE + "/gwent/gwent-force";
    String torfaen = BatchTest.RELEASE + "/gwent/torfaen";
    mark(newport, "approve");
    mark(force, "approve");
    mark(torfaen, "hold");
    assertEquals("2", browser.findElement(By.id("approved-count")).getText());
    assertEquals("1", browser.findElement(By.id("held-count")).getText());

    // kept in the browser: a reload shows the same marks
    browser.navigate().refresh();
    assertEquals("2", browser.findElement(By.id("approved-count")).getText());
    assertEquals("approved", row(newport).getAttribute("data-mark"));
    assertEquals("held", row(torfaen).getAttribute("data-mark"));
    choose("view", "approved");
    assertEquals(List.of(force, newport).stream().sorted().toList(),
        shown().stream().map(r -> r.get("id")).sorted().toList());
    choose("view", "held");
    assertEquals(List.of(torfaen), shown().stream().map(r -> r.get("id")).toList());
    choose("view", "unmarked");
    assertEquals(355, shown().size());

    // a second click takes the mark off
    choose("view", "all");
    mark(torfaen, "hold");
    assertEquals("0", browser.findElement(By.id("held-count")).getText());

    String list = browser.findElement(By.id("approved-list")).getAttribute("value");
    List<String> ids = new ArrayList<>();
    for (String line : list.split("\n")) {
      if (!line.startsWith("#") && !line.isBlank()) {
        ids.add(line);
      }
    }
    assertEquals(List.of(force, newport).stream().sorted().toList(), ids.stream().sorted().toList(), list);
    assertTrue(browser.findElement(By.id("download")).getAttribute("href").startsWith("blob:"));

    Path file = dir.resolve("approved.txt");
    Files.writeString(file, list);
    Path out = dir.resolve("wired");
    Cli r = Cli.run("batch", "--approved", file.toString(), "--force", "Gwent", "--formats", "txt,json", "--out",
        out.toString(), "--no-progress");
    assertEquals(0, r.exit(), r.err());
    Path wire = out.resolve(BatchTest.RELEASE).resolve("wire");
    assertEquals(List.of(newport, force), Files.readAllLines(wire.resolve("stories.txt")), "areas, then forces");
    assertTrue(Files.isRegularFile(wire.resolve("gwent/newport.json")));
    assertTrue(Files.isRegularFile(wire.resolve("gwent/gwent-force.txt")));
    assertFalse(Files.exists(wire.resolve("gwent/torfaen.json")), "held, yet syndicated");
    assertFalse(Files.exists(wire.resolve("gwent/caerphilly.json")), "never approved, yet syndicated");
    assertEquals(Files.readString(out.resolve(BatchTest.RELEASE).resolve("gwent/newport.json")),
        Files.readString(wire.resolve("gwent/newport.json")));
  }

  @Test
  void thePageOfSeveralOffencesSaysEachAreasBiggestStoryAndFiltersItByForce() {
    browser.get(overview.toUri().toString());
    List<Map<String, String>> areas = shown("areas");
    assertEquals(315, areas.size(), "one row per council area");
    choose("area-force", "Gwent");
    List<Map<String, String>> gwent = shown("areas");
    assertEquals(5, gwent.size());
    assertEquals("5", browser.findElement(By.id("areas-shown")).getText());
    Map<String, String> newport = gwent.stream().filter(r -> r.get("text").startsWith("Newport")).findFirst()
        .orElseThrow();
    // robbery rose 176 to 192; shoplifting fell
    assertTrue(newport.get("text").contains("Robbery, up 9% (176 in the year to June 2024, 192 in the year to June 2025)"),
        newport.get("text"));
    click(browser.findElement(By.cssSelector("#areas a.rise[href$='robbery-year-to-june-2025/gwent/newport.html']")));
    assertTrue(browser.getCurrentUrl().endsWith("robbery-year-to-june-2025/gwent/newport.html"), browser.getCurrentUrl());
    browser.navigate().back();

    // the stories of every offence, filterable by offence, in the same order of news value
    choose("offence", "Robbery");
    List<Map<String, String>> robbery = shown();
    assertEquals(358, robbery.size());
    assertTrue(robbery.stream().allMatch(r -> r.get("offence").equals("Robbery")));
  }
}
