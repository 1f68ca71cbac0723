package org.wptdlm.web.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.wptdlm.db.embedded.PortInUseException;

/** Turns a taken port of an embedded service into a two-line explanation instead of a stack trace. */
class PortInUseFailureAnalyzer extends AbstractFailureAnalyzer<PortInUseException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PortInUseException cause) {
        String environmentVariable = cause.portSetting().toUpperCase().replace('.', '_').replace('-', '_');
        return new FailureAnalysis(
                cause.getMessage() + ".",
                "Stop the process that uses port " + cause.port() + ", or choose another port with --"
                        + cause.portSetting() + "=PORT (environment " + environmentVariable
                        + "), or configure an external service instead (spring.datasource.url / dlm.mqtt.url).",
                cause);
    }
}
