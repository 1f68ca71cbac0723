package org.wptdlm.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The dashboard in a real (headless) browser: sign-in, pages, live updates. Screenshots go to target/screenshots. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardBrowserTest {

    @LocalServerPort
    private int port;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open("http://localhost:" + port);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void signInLeadsToTheHubsPage() {
        browser.go("/hubs");
        browser.find(By.id("sign-in"));
        browser.screenshot("01-login");

        browser.signIn("operator", "operator");

        assertThat(browser.find(By.cssSelector("h1")).getText()).isEqualTo("Hubs");
        browser.waitForLiveStream();
        browser.screenshot("02-hubs");
    }

    @Test
    void wrongPasswordIsRefused() {
        browser.signIn("operator", "wrong");

        assertThat(browser.find(By.id("login-error")).getText()).contains("Wrong user name or password");
    }
}
