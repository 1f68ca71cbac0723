package org.wptdlm.web.request;

import org.wptdlm.domain.request.ChargingRequest;

/** A charging request was created, replaced or deleted through the API. */
record ChargingRequestChanged(ChargingRequest request, boolean deleted) {}
