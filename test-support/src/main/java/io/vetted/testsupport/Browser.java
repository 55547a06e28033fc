package io.vetted.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the system packages ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}),
 * never a downloaded one. Share one per test class: the first start costs about a second.
 */
public final class Browser {

    // Chromium's profile directories (about 3 MB each, one per browser), removed when the JVM ends
    private static final Set<Path> PROFILES = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> PROFILES.forEach(Browser::deleteQuietly)));
    }

    private Browser() {}

    private static Path profileDirectory() throws IOException {
        Path directory = Files.createTempDirectory("chromium-profile");
        PROFILES.add(directory);
        return directory;
    }

    // best effort: a browser a test left running may still write there
    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // left for the system's temporary-file cleaning
        }
    }

    public static ChromeDriver chromium(String language) {
        System.setProperty("SE_OFFLINE", "true");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
        try {
            options.addArguments(
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-default-apps",
                    "--no-first-run",
                    "--disable-extensions",
                    "--window-size=1280,900",
                    "--lang=" + language,
                    "--user-data-dir=" + profileDirectory(),
                    "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver")))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        return driver;
    }

    /**
     * Gives the page a viewport {@code width} CSS pixels wide (375: a phone; 1280: a laptop), as the
     * site's media queries see it; the window is adjusted for whatever the browser's frame takes.
     */
    public static void viewport(WebDriver driver, int width) {
        int outer = width;
        int inner = -1;
        for (int attempt = 0; attempt < 40; attempt++) {
            driver.manage().window().setSize(new Dimension(outer, 900));
            inner = ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth")).intValue();
            if (inner == width) {
                return;
            }
            int frame = outer - inner;
            if (frame >= 0 && frame < 200) {
                outer = width + frame;
            } else {
                // the page still reports the size before this resize (a loaded machine): ask again
                pause();
            }
        }
        throw new IllegalStateException("the viewport stays " + inner + " px wide instead of " + width);
    }

    /**
     * Waits until {@code element} has left the page (a form posted, a fragment swapped). Any answer
     * about it other than "still here" counts as gone: stale, or chromedriver's race while the next
     * page loads ("node does not belong to the document"), which ExpectedConditions.stalenessOf
     * lets through as an error.
     */
    public static void awaitReplaced(WebDriver driver, WebElement element) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
