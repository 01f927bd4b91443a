package org.localwire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * The review page in a real browser: Debian's headless Chromium, driven through chromedriver,
 * opens index.html from the file system, filters by one force and follows a link to a story.
 * Skipped on a developer machine without Chromium; on CI (CI set) a missing browser fails,
 * because .ci/run installs it.
 */
class ReviewPageBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir static Path dir;
  static WebDriver browser;
  static Path index;

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

  static List<WebElement> visibleRows() {
    return browser.findElements(By.cssSelector("#stories tbody tr")).stream().filter(WebElement::isDisplayed).toList();
  }

  @Test
  void filtersByForceAndLinksToEveryStory() {
    browser.get(index.toUri().toString());
    assertEquals(358, visibleRows().size(), "315 areas and 43 forces");

    new Select(browser.findElement(By.id("force"))).selectByVisibleText("Gwent");
    List<WebElement> gwent = visibleRows();
    assertEquals(6, gwent.size(), "five areas and the force");
    assertEquals("6", browser.findElement(By.id("shown")).getText());
    for (WebElement row : gwent) {
      assertEquals("Gwent", row.getAttribute("data-force"));
    }

    // every link on the page points at a file that exists
    List<String> hrefs = browser.findElements(By.cssSelector("#stories a")).stream()
        .map(a -> a.getAttribute("href")).toList();
    assertEquals(358 * 6, hrefs.size(), "txt, md, html, json, facts and the headline link for each story");
    for (String href : hrefs) {
      assertTrue(Files.exists(Path.of(URI.create(href))), href + " (index at " + index + ")");
    }

    WebElement newport = gwent.stream().filter(r -> r.getText().startsWith("Newport")).findFirst().orElseThrow();
    WebElement link = newport.findElement(By.cssSelector("a.story"));
    String headline = link.getText();
    link.click();
    assertTrue(browser.getCurrentUrl().endsWith("/gwent/newport.html"), browser.getCurrentUrl());
    assertEquals(headline, browser.findElement(By.tagName("h1")).getText());
    assertTrue(browser.findElement(By.tagName("article")).getText().contains("2,141"));

    browser.findElement(By.linkText("All stories")).click();
    assertTrue(browser.getCurrentUrl().endsWith("/index.html"), browser.getCurrentUrl());
  }
}
