package org.wptdlm.web.system;

import java.util.Arrays;
import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** The static files the service serves: the dashboard's styles, scripts and icon, and the WebJars. */
public final class StaticAssets {

    /** Path patterns of the static files, relative to the context path. */
    public static final String[] PATHS = {"/webjars/**", "/css/**", "/js/**", "/favicon.ico"};

    private static final List<PathPattern> PATTERNS = Arrays.stream(PATHS).map(PathPatternParser.defaultInstance::parse).toList();

    private StaticAssets() {
    }

    /** Whether {@code path} (relative to the context path, without query) names a static file. */
    public static boolean isAsset(String path) {
        PathContainer container = PathContainer.parsePath(path);
        return PATTERNS.stream().anyMatch(pattern -> pattern.matches(container));
    }
}
