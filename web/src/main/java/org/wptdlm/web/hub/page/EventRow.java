package org.wptdlm.web.hub.page;

import java.time.Instant;

/** One line of a hub's log: a DLM event or a rejected message, in words. */
record EventRow(Instant at, String tone, String title, String detail) {}
