package org.wptdlm.domain.planning;

/** A feeder circuit inside the hub: the pads on it together draw at most {@code limitKw} from the grid. */
public record Circuit(String id, double limitKw) {
}
