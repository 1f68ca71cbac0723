package org.wptdlm.db.embedded;

/**
 * An embedded service could not bind its port. Carries the setting that chooses another port, so
 * the start-up failure can tell the user exactly what to change instead of printing a stack trace.
 */
public class PortInUseException extends RuntimeException {

    private final String service;
    private final int port;
    private final String portSetting;

    public PortInUseException(String service, int port, String portSetting) {
        super(service + " cannot start: port " + port + " is already in use");
        this.service = service;
        this.port = port;
        this.portSetting = portSetting;
    }

    public String service() {
        return service;
    }

    public int port() {
        return port;
    }

    public String portSetting() {
        return portSetting;
    }
}
