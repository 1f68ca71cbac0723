package org.wptdlm.web.system.security;

/** Who may do what: drivers ask for recommendations and make their own requests; operators run hubs; admins configure. */
public enum Role {
    DRIVER,
    OPERATOR,
    ADMIN
}
