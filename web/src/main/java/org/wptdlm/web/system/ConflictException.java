package org.wptdlm.web.system;

/** The request contradicts what is stored (a duplicate id, a hub that still has pads): answered with 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
