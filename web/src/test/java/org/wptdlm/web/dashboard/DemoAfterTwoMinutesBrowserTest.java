package org.wptdlm.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.wptdlm.web.plan.LivePlans;

/**
 * The two-command start as a newcomer sees it: the service with its demo fleet on the embedded broker,
 * every page at once and again after two minutes, when the demo hubs must show vehicles charging, plans
 * that deliver most of the requested energy, a grid chart filled over the coming hours and SoC lines
 * rising to their targets. It takes over two minutes, so it runs on request only:
 * {@code ./mvnw -B -pl web -am test -Dtest=DemoAfterTwoMinutesBrowserTest -Ddlm.test.demo=true -Dsurefire.failIfNoSpecifiedTests=false}
 * (with {@code SPRING_DATASOURCE_URL} and {@code DLM_MQTT_URL} unset). Screenshots: target/screenshots/demo-*.png.
 */
@EnabledIfSystemProperty(named = "dlm.test.demo", matches = "true")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"dlm.mqtt.enabled=true", "dlm.demo.enabled=true"})
class DemoAfterTwoMinutesBrowserTest {

    private static final List<String> DEMO_HUBS = List.of("demo-hub-1", "demo-hub-2");
    /** "Most of the requested energy". */
    private static final double MOST_PERCENT = 80;
    /** Slots of 15 minutes: the grid chart must show power two hours ahead. */
    private static final int SLOTS_AHEAD = 8;

    @LocalServerPort
    private int port;

    @Autowired
    private LivePlans livePlans;

    @Autowired
    private ObjectMapper json;

    @Test
    void afterTwoMinutesTheDemoHubsTellATrueStory() throws Exception {
        try (Browser browser = Browser.open("http://localhost:" + port)) {
            browser.signIn("operator", "operator");
            await().atMost(Duration.ofSeconds(30)).until(() -> DEMO_HUBS.stream().allMatch(hub -> livePlans.of(hub).isPresent()));
            screenshotEveryPage(browser, "demo-0min");

            await().pollDelay(Duration.ofMinutes(2)).atMost(Duration.ofMinutes(3)).until(() -> true);

            for (String hub : DEMO_HUBS) {
                browser.go("/hubs/" + hub);
                // The page swaps its figures live: read them again when an element went stale mid-read.
                browser.steadily(() -> {
                    assertThat(Integer.parseInt(browser.find(By.id("hub-charging")).getText())).as(hub + " charges").isPositive();
                    String draw = browser.find(By.cssSelector("#hub-draw span")).getText();
                    assertThat(Double.parseDouble(draw.replace(" kW", ""))).as(hub + " draws power now").isPositive();
                    String delivered = browser.find(By.id("plan-delivered")).getText();
                    assertThat(Double.parseDouble(delivered.replace(" %", ""))).as(hub + " delivers").isGreaterThanOrEqualTo(MOST_PERCENT);
                    JsonNode grid = json.readTree(browser.find(By.id("grid-chart")).getAttribute("data-chart"));
                    int now = grid.get("nowIndex").asInt();
                    double aheadKw = 0;
                    for (JsonNode stack : grid.get("stacks")) {
                        aheadKw += stack.get("kw").get(now + SLOTS_AHEAD).asDouble();
                    }
                    assertThat(aheadKw).as(hub + " draws two hours ahead").isPositive();
                    JsonNode soc = json.readTree(browser.find(By.id("soc-chart")).getAttribute("data-chart"));
                    assertThat(soc.get("vehicles")).as(hub + " has SoC lines").isNotEmpty();
                    for (JsonNode vehicle : soc.get("vehicles")) {
                        List<Double> line = StreamSupport.stream(vehicle.get("socPercent").spliterator(), false)
                                .filter(value -> !value.isNull()).map(JsonNode::asDouble).toList();
                        double target = vehicle.get("targetSocPercent").asDouble();
                        if (line.get(0) < target - 0.5) {
                            assertThat(line.get(line.size() - 1)).as(vehicle.get("name").asText() + " SoC rises").isGreaterThan(line.get(0));
                        }
                    }
                });
            }
            screenshotEveryPage(browser, "demo-2min");
        }
    }

    private static void screenshotEveryPage(Browser browser, String prefix) {
        browser.go("/hubs").find(By.cssSelector("tr[data-hub-id='demo-hub-1']"));
        browser.screenshot(prefix + "-hubs");
        browser.go("/hubs/demo-hub-1").find(By.cssSelector("#grid-chart[data-rendered='true'] canvas"));
        browser.screenshot(prefix + "-hub");
        browser.go("/what-if?hubId=demo-hub-1").find(By.id("run-what-if"));
        browser.screenshot(prefix + "-what-if");
        browser.go("/benchmarks").find(By.id("replay-form"));
        browser.screenshot(prefix + "-benchmarks");
    }
}
