package cn.dunban.web.page;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by its own chromedriver (Selenium must not download one: offices and
 * build machines have no internet). Screenshots and printed PDFs go to {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {

    static final Path SHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    private final Path downloads;

    Browser(Path downloads) throws IOException {
        this.downloads = downloads;
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--lang=zh-CN", "--disable-background-networking",
                "--disable-component-update", "--disable-sync");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow",
                "downloadPath", downloads.toAbsolutePath().toString()));
    }

    /** Waits for a download whose name ends with {@code suffix} to finish; returns the file. */
    Path downloaded(String suffix) throws IOException, InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < until) {
            try (var files = Files.list(downloads)) {
                var done = files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst();
                if (done.isPresent() && Files.size(done.get()) > 0) {
                    return done.get();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("没有下载到 *" + suffix + "：" + java.util.Arrays.toString(downloads.toFile().list()));
    }

    void open(String url) {
        driver.get(url);
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    java.util.List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    void waitFor(String what, java.util.function.Supplier<Boolean> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).withMessage(what).until(d -> condition.get());
    }

    /** A full-width screenshot of the current page, as {@code target/screenshots/NAME.png}. */
    Path screenshot(String name) throws IOException {
        long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, (int) Math.min(4000, Math.max(1000, height))));
        Path file = SHOTS.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        return file;
    }

    /** The page printed by Chromium (the print stylesheet, A4 as the page asks), as {@code NAME.pdf}. */
    Path printToPdf(String name) throws IOException {
        Map<String, Object> result = driver.executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", true));
        Path file = SHOTS.resolve(name + ".pdf");
        Files.write(file, Base64.getDecoder().decode((String) result.get("data")));
        return file;
    }

    Path downloads() {
        return downloads;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
