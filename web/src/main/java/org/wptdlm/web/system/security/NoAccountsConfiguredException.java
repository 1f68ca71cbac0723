package org.wptdlm.web.system.security;

/** The service would start with a configured database or broker but without any account to log in with. */
class NoAccountsConfiguredException extends IllegalStateException {

    NoAccountsConfiguredException() {
        super("No accounts are configured (dlm.security.users), and demo accounts exist only on the embedded-defaults"
                + " start (no spring.datasource.url, no dlm.mqtt.url)");
    }
}
