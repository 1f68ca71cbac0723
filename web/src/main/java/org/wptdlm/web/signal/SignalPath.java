package org.wptdlm.web.signal;

import java.util.Arrays;
import org.wptdlm.domain.signal.SignalKind;
import org.wptdlm.web.system.NotFoundException;

/** The kinds of signal as they appear in URLs, named like the MQTT topic leaves. */
enum SignalPath {
    LIMITS("limits", SignalKind.GRID_LIMIT_KW),
    PRICES("prices", SignalKind.PRICE_PER_KWH),
    CARBON("carbon", SignalKind.CARBON_G_PER_KWH),
    BASE_LOAD("base-load", SignalKind.BASE_LOAD_KW);

    /** For the OpenAPI description. */
    static final String NAMES = "limits (kW), prices (per kWh), carbon (g CO₂/kWh), base-load (kW)";

    private final String segment;
    private final SignalKind kind;

    SignalPath(String segment, SignalKind kind) {
        this.segment = segment;
        this.kind = kind;
    }

    static SignalKind kindOf(String segment) {
        return Arrays.stream(values())
                .filter(path -> path.segment.equals(segment))
                .findFirst()
                .map(path -> path.kind)
                .orElseThrow(() -> new NotFoundException("signal kind", segment));
    }
}
