package org.wptdlm.web.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Timefold benchmarker's HTML report loads Bootstrap, Font Awesome, jQuery, Chart.js and the
 * Chart.js box-plot plug-in from public CDNs; operators' networks are often closed. When the service
 * serves a report it points those URLs at its own copies: WebJars (versions pinned in the parent
 * {@code pom.xml} to the report's) and, for the box-plot plug-in that has no WebJar, the npm
 * package's file under {@code static/js/vendor/}. The GitHub star button is dropped.
 */
final class OfflineReportAssets {

    private static final Pattern GITHUB_BUTTON = Pattern.compile("<script[^>]*src=\"https://buttons\\.github\\.io/buttons\\.js\"[^>]*></script>");

    /** CDN URL → path on this service (without the context path). */
    static final Map<String, String> LOCAL_COPIES = localCopies();

    private OfflineReportAssets() {
    }

    private static Map<String, String> localCopies() {
        Map<String, String> copies = new LinkedHashMap<>();
        copies.put("https://cdn.jsdelivr.net/npm/bootstrap@5.2.3/dist/css/bootstrap.min.css",
                "/webjars/bootstrap/5.2.3/css/bootstrap.min.css");
        copies.put("https://cdn.jsdelivr.net/npm/bootstrap@5.2.3/dist/js/bootstrap.bundle.min.js",
                "/webjars/bootstrap/5.2.3/js/bootstrap.bundle.min.js");
        copies.put("https://cdnjs.cloudflare.com/ajax/libs/font-awesome/6.4.2/css/all.min.css",
                "/webjars/font-awesome/6.4.2/css/all.min.css");
        copies.put("https://code.jquery.com/jquery-3.6.4.min.js", "/webjars/jquery/3.6.4/jquery.min.js");
        copies.put("https://cdn.jsdelivr.net/npm/chart.js@4.3.3/dist/chart.umd.min.js", "/webjars/chart.js/4.3.3/dist/chart.umd.js");
        copies.put("https://unpkg.com/@sgratzl/chartjs-chart-boxplot@4.2.0",
                "/js/vendor/chartjs-chart-boxplot-4.2.0/index.umd.min.js");
        return Map.copyOf(copies);
    }

    /** The report's HTML with every known CDN asset served by this service under {@code contextPath}. */
    static String rewrite(String html, String contextPath) {
        String rewritten = GITHUB_BUTTON.matcher(html).replaceAll("");
        for (Map.Entry<String, String> copy : LOCAL_COPIES.entrySet()) {
            rewritten = rewritten.replace("\"" + copy.getKey() + "\"", "\"" + contextPath + copy.getValue() + "\"");
        }
        return rewritten;
    }
}
