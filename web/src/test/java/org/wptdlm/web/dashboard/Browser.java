package org.wptdlm.web.dashboard;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.awaitility.core.ThrowingRunnable;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium, driven through its own chromedriver (never a downloaded browser), with
 * no network beyond this machine: every host name but localhost fails to resolve, so a page that
 * needs the internet shows it. Both are looked up on PATH, where {@code .ci/run} checks for them
 * ({@link Executables}). Tests that need it are skipped where chromium or chromedriver is not
 * installed on a developer's machine, and fail in CI ({@code CI=true}), where {@code .ci/run} installs both.
 */
public final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Found on PATH, as {@code .ci/run} checks for them; {@code -Ddlm.test.chromedriver} or {@code DLM_TEST_CHROMEDRIVER} overrides. */
    private static final Path CHROMEDRIVER = Executables.locate("chromedriver", "dlm.test.chromedriver", "DLM_TEST_CHROMEDRIVER");
    /** Found on PATH; {@code -Ddlm.test.chromium} or {@code DLM_TEST_CHROMIUM} overrides. */
    private static final Path CHROMIUM = Executables.locate("chromium", "dlm.test.chromium", "DLM_TEST_CHROMIUM");
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private static final int WIDTH = 1440;
    private static final int HEIGHT = 1000;

    private final ChromeDriver driver;
    private final Path userDataDirectory;
    private final String baseUrl;

    private Browser(ChromeDriver driver, Path userDataDirectory, String baseUrl) {
        this.driver = driver;
        this.userDataDirectory = userDataDirectory;
        this.baseUrl = baseUrl;
    }

    /** Starts a browser for the service at {@code baseUrl}; skips the calling test when none is installed. */
    public static Browser open(String baseUrl) {
        requireInstalled(CHROMEDRIVER);
        requireInstalled(CHROMIUM);
        Path userDataDirectory = createTempDirectory();
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--user-data-dir=" + userDataDirectory, "--window-size=1440,1000",
                        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        return new Browser(driver, userDataDirectory, baseUrl);
    }

    private static void requireInstalled(Path executable) {
        boolean installed = Files.isExecutable(executable);
        if (!installed && inCi()) {
            throw new IllegalStateException("No executable " + executable + " in CI (CI=" + System.getenv("CI")
                    + "): browser tests must run there, not be skipped. Install Debian's chromium and chromium-driver"
                    + " (.ci/run does as root) on PATH, or point -Ddlm.test.chromium / -Ddlm.test.chromedriver (DLM_TEST_CHROMIUM /"
                    + " DLM_TEST_CHROMEDRIVER) at them.");
        }
        assumeTrue(installed, "no executable " + executable + " (PATH or override): browser test skipped (outside CI only)");
    }

    /** CI services set {@code CI} (to {@code true}, some to {@code 1}); {@code .ci/run} sets it when it is unset. */
    private static boolean inCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !"false".equalsIgnoreCase(ci) && !"0".equals(ci);
    }

    public WebDriver driver() {
        return driver;
    }

    public Browser go(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    public Browser signIn(String username, String password) {
        go("/login");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("sign-in")).click();
        // click() returns before the login POST is answered: navigating on at once would race the
        // session cookie and land on the login page again. Wait for the answer's redirect
        // (to the page asked for, or to /login?error).
        String loginPage = baseUrl + "/login";
        waitFor(webDriver -> !loginPage.equals(webDriver.getCurrentUrl()));
        return this;
    }

    public WebElement find(By by) {
        return waitFor(webDriver -> webDriver.findElement(by));
    }

    public <T> T waitFor(Function<WebDriver, T> condition) {
        // htmx swaps fragments while a condition looks at them: an element gone stale is looked up again.
        return new WebDriverWait(driver, PATIENCE).ignoring(StaleElementReferenceException.class).until(condition::apply);
    }

    /**
     * Runs assertions that read the page until they pass once, while live updates may swap the elements
     * they read (a stale element or a read between two swaps is tried again, within the usual patience).
     */
    public void steadily(ThrowingRunnable assertions) {
        Awaitility.await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200))
                .ignoreException(StaleElementReferenceException.class)
                .untilAsserted(assertions);
    }

    /** Waits until the page's live-update stream is open, so that a change made next is pushed to it. */
    public Browser waitForLiveStream() {
        waitFor(webDriver -> webDriver.findElement(By.cssSelector("#live-indicator.connected")));
        return this;
    }

    /**
     * Saves the whole page as {@code target/screenshots/<name>.png}, for a person to look at: the
     * window grows to the page's height for the picture (charts redraw for it), then shrinks back.
     */
    public Path screenshot(String name) {
        Number pageHeight = (Number) driver.executeScript("return document.documentElement.scrollHeight");
        driver.manage().window().setSize(new Dimension(WIDTH, Math.max(HEIGHT, pageHeight.intValue())));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        } finally {
            driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        }
    }

    @Override
    public void close() {
        driver.quit();
        deleteRecursively(userDataDirectory);
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("wptdlm-chromium-");
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
