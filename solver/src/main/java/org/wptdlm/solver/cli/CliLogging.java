package org.wptdlm.solver.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Log levels for the command-line tools. The executable jar runs them without Spring, so Logback has
 * no configuration and logs everything at DEBUG: `replay` printed every Timefold step. Unless a
 * configuration file is given ({@code -Dlogback.configurationFile=…}), the tools log at INFO and
 * Timefold at WARN (our {@code TimefoldPlanner} still logs one INFO line per search). Logback is set
 * through reflection: the solver module does not depend on it, and another SLF4J binding keeps its own
 * configuration.
 */
final class CliLogging {

    private CliLogging() {
    }

    static void useDefaultLevels() {
        if (System.getProperty("logback.configurationFile") != null) {
            return;
        }
        setLevel(Logger.ROOT_LOGGER_NAME, "INFO");
        setLevel("ai.timefold", "WARN");
    }

    private static void setLevel(String loggerName, String level) {
        Object logger = LoggerFactory.getLogger(loggerName);
        try {
            Class<?> levelClass = Class.forName("ch.qos.logback.classic.Level", true, logger.getClass().getClassLoader());
            logger.getClass().getMethod("setLevel", levelClass).invoke(logger, levelClass.getField(level).get(null));
        } catch (ReflectiveOperationException | LinkageError e) {
            // Not Logback: its own configuration applies.
        }
    }
}
