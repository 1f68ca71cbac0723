package org.wptdlm.ingest.simulate;

/** The simulator could not connect or subscribe to the broker. */
public class SimulatorException extends Exception {

    public SimulatorException(String message, Throwable cause) {
        super(message, cause);
    }
}
