package org.wptdlm.web.system;

/** Where a client-chosen id comes from: the body on create, the path on replace. */
public final class RequestIds {

    private RequestIds() {
    }

    /** The id of a resource to create: the body must name it. */
    public static String requiredOnCreate(String bodyId) {
        if (bodyId == null) {
            throw new InvalidInputException("id", "is required when creating");
        }
        return bodyId;
    }

    /** The id of a resource to replace: the path's; a body that names another one is refused. */
    public static String fromPath(String pathId, String bodyId) {
        if (bodyId != null && !bodyId.equals(pathId)) {
            throw new InvalidInputException("id", "must be absent or equal to the id in the path ('" + pathId + "')");
        }
        return pathId;
    }
}
