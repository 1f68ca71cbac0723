package org.wptdlm.web.system;

/** The resource named in the URL does not exist: answered with 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String resource, String id) {
        super("No " + resource + " with id '" + id + "'.");
    }
}
