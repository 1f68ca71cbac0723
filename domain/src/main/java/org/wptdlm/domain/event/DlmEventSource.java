package org.wptdlm.domain.event;

/** Who raised a DLM event. */
public enum DlmEventSource {
    /** The service, e.g. a new allocation it published. */
    SERVICE,
    /** A hub controller, e.g. a grid limit change or a pad fault it reported. */
    HUB
}
