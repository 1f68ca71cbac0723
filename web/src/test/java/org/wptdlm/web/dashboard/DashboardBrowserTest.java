package org.wptdlm.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.wptdlm.domain.hub.Hub;
import org.wptdlm.domain.request.ChargingRequest;
import org.wptdlm.domain.vehicle.PriorityClass;
import org.wptdlm.domain.vehicle.Vehicle;
import org.wptdlm.ingest.live.HubMessageApplied;
import org.wptdlm.ingest.mqtt.TopicKind;
import org.wptdlm.ingest.publish.PublishedPlanListener;
import org.wptdlm.web.plan.CurrentPlan;

/** The dashboard in a real (headless) browser: sign-in, pages, live updates. Screenshots go to target/screenshots. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardBrowserTest {

    @LocalServerPort
    private int port;

    @Autowired
    private ApplicationContext context;

    @Autowired
    private ApplicationEventPublisher events;

    @Autowired
    private List<PublishedPlanListener> planListeners;

    @Autowired
    private TestRestTemplate rest;

    private Browser browser;
    private DemoHubs demo;
    private Hub busy;
    private List<ChargingRequest> parked;

    @BeforeEach
    void openBrowserOnDemoHubs() {
        browser = Browser.open("http://localhost:" + port);
        demo = new DemoHubs(context);
        busy = demo.hub("browser-busy", "Depot North", 40, 4, 11);
        demo.hub("browser-calm", "Harbour Car Park", 120, 6, 22);
        Vehicle ambulance = demo.vehicle("ambulance-7", 35, PriorityClass.EMERGENCY);
        Vehicle van = demo.vehicle("van-12", 55, PriorityClass.FLEET);
        Vehicle taxi = demo.vehicle("taxi-3", 12, PriorityClass.NORMAL);
        parked = List.of(demo.park(busy, ambulance, "pad-1", 90, 2), demo.park(busy, van, "pad-2", 80, 6),
                demo.park(busy, taxi, "pad-3", 70, 5));
        demo.reading(busy, "pad-1", 1, 11.0, ambulance.id());
        demo.reading(busy, "pad-2", 1, 11.0, van.id());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (demo != null) {
            demo.removeAll();
        }
    }

    @Test
    void signInLeadsToTheHubsPage() {
        browser.go("/hubs");
        browser.find(By.id("sign-in"));
        browser.screenshot("01-login");

        browser.signIn("operator", "operator");

        browser.steadily(() -> {
            assertThat(browser.find(By.cssSelector("h1")).getText()).isEqualTo("Hubs");
            assertThat(hubRow(busy).getText()).contains("Depot North", demo.id("ambulance-7"));
        });
        browser.waitForLiveStream();
        browser.screenshot("02-hubs");
    }

    @Test
    void wrongPasswordIsRefused() {
        browser.signIn("operator", "wrong");

        assertThat(browser.find(By.id("login-error")).getText()).contains("Wrong user name or password");
    }

    @Test
    void hubsPageFollowsTelemetryWithoutReload() {
        browser.signIn("operator", "operator").waitForLiveStream();
        String drawBefore = hubRow(busy).findElement(By.cssSelector(".draw")).getText();

        demo.reading(busy, "pad-1", 2, 4.5, demo.id("ambulance-7"));
        events.publishEvent(new HubMessageApplied(busy.id(), TopicKind.PAD_TELEMETRY));

        String drawAfter = browser.waitFor(driver -> {
            String draw = hubRow(busy).findElement(By.cssSelector(".draw")).getText();
            return draw.equals(drawBefore) ? null : draw;
        });
        assertThat(drawBefore).isEqualTo("24.4 kW");
        assertThat(drawAfter).isEqualTo("17.2 kW");
    }

    @Test
    void hubPageShowsPadsAndThePlanAsCharts() {
        publish(demo.plan(busy, 25, parked));
        browser.signIn("operator", "operator");
        browser.find(By.cssSelector("tr[data-hub-id='" + busy.id() + "'] a.hub-name")).click();

        browser.steadily(() -> {
            assertThat(browser.find(By.cssSelector("h1")).getText()).contains("Depot North");
            assertThat(browser.find(By.cssSelector("tr[data-pad-id='pad-1']")).getText()).contains(demo.id("ambulance-7"));
        });
        browser.find(By.cssSelector("#grid-chart[data-rendered='true'] canvas"));
        browser.find(By.cssSelector("#soc-chart[data-rendered='true'] canvas"));
        browser.waitForLiveStream();
        browser.screenshot("03-hub");
    }

    @Test
    void hubPageDrawsTheChartsWhenThePlanArrives() {
        browser.signIn("operator", "operator").go("/hubs/" + busy.id()).waitForLiveStream();
        browser.find(By.id("no-plan"));

        publish(demo.plan(busy, 25, parked));

        browser.find(By.cssSelector("#grid-chart[data-rendered='true'] canvas"));
        browser.steadily(() -> assertThat(browser.find(By.cssSelector("tr[data-pad-id='pad-1'] .setpoint")).getText()).endsWith("kW"));
    }

    @Test
    void theHubsPageAndTheHubPageShowTheApisFigures() {
        publish(demo.plan(busy, 25, parked));
        browser.signIn("operator", "operator");
        JsonNode figures = operator().getForObject("/api/hubs/" + busy.id() + "/figures", JsonNode.class);
        JsonNode kpis = stream(operator().getForObject("/api/plans/current", JsonNode.class))
                .filter(plan -> plan.get("hubId").asText().equals(busy.id()))
                .findFirst().orElseThrow().get("kpis");

        browser.steadily(() -> {
            WebElement row = hubRow(busy);
            assertThat(row.findElement(By.cssSelector(".charging")).getText()).isEqualTo(figures.get("vehiclesCharging").asText());
            assertThat(row.findElement(By.cssSelector(".waiting")).getText()).isEqualTo(figures.get("vehiclesWaiting").asText());
            assertThat(row.findElement(By.cssSelector(".draw")).getText()).isEqualTo(kw(figures.get("drawKw").asDouble()));
            assertThat(pills(row.findElement(By.cssSelector(".critical")))).isEqualTo(texts(figures.get("criticalVehicleIds")));
        });

        browser.go("/hubs/" + busy.id());
        double deliveredPercent = 100 * kpis.get("energyDeliveredKwh").asDouble() / kpis.get("energyRequestedKwh").asDouble();
        browser.steadily(() -> {
            assertThat(browser.find(By.id("hub-charging")).getText()).isEqualTo(figures.get("vehiclesCharging").asText());
            assertThat(browser.find(By.id("hub-waiting")).getText()).isEqualTo("/ " + figures.get("vehiclesWaiting").asText() + " waiting");
            assertThat(browser.find(By.id("hub-draw")).getText()).startsWith(kw(figures.get("drawKw").asDouble()));
            assertThat(pills(browser.find(By.id("hub-critical")))).isEqualTo(texts(figures.get("criticalVehicleIds")));
            assertThat(browser.find(By.id("plan-delivered")).getText())
                    .isEqualTo(String.format(Locale.ROOT, "%.0f %%", deliveredPercent))
                    .isEqualTo(String.format(Locale.ROOT, "%.0f %%", figures.get("planDeliveredPercent").asDouble()));
        });
    }

    @Test
    void whatIfShowsTheScenarioBesideTheCurrentPlan() {
        publish(demo.plan(busy, 25, parked));
        browser.signIn("operator", "operator").go("/what-if?hubId=" + busy.id());
        WebElement limit = browser.find(By.id("limitKw"));
        limit.clear();
        limit.sendKeys("12");
        browser.find(By.id("run-what-if")).click();

        browser.steadily(() -> assertThat(browser.find(By.cssSelector("#what-if-vehicles")).getText())
                .contains(demo.id("ambulance-7"), demo.id("taxi-3")));
        browser.find(By.cssSelector("#scenario-chart[data-rendered='true'] canvas"));
        browser.find(By.cssSelector("#current-chart[data-rendered='true'] canvas"));
        browser.screenshot("04-what-if");
    }

    private TestRestTemplate operator() {
        return rest.withBasicAuth("operator", "operator");
    }

    private static Stream<JsonNode> stream(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false);
    }

    private static List<String> texts(JsonNode array) {
        return stream(array).map(JsonNode::asText).toList();
    }

    private static List<String> pills(WebElement list) {
        return list.findElements(By.cssSelector(".pill")).stream().map(WebElement::getText).toList();
    }

    /** As the pages write power (DisplayFormat). */
    private static String kw(double kw) {
        return String.format(Locale.ROOT, "%.1f kW", kw);
    }

    /** Tells every listener of the plan, as the allocation publisher does once it went out over MQTT. */
    private void publish(CurrentPlan plan) {
        planListeners.forEach(listener -> listener.published(plan.hubId(), plan.problem(), plan.plan(), plan.publishedAt()));
    }

    private WebElement hubRow(Hub hub) {
        return browser.find(By.cssSelector("tr[data-hub-id='" + hub.id() + "']"));
    }
}
