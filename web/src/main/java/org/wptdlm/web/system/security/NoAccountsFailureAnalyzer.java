package org.wptdlm.web.system.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says how to configure accounts when the service refuses to start without them. */
class NoAccountsFailureAnalyzer extends AbstractFailureAnalyzer<NoAccountsConfiguredException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, NoAccountsConfiguredException cause) {
        return new FailureAnalysis(cause.getMessage() + ".", """
                Configure at least one account, with a bcrypt hash as its password. Make the hash with
                    java -jar wpt-dlm.jar hash-password
                then set, e.g. in the environment (or as dlm.security.users[0].* in application.yml):
                    DLM_SECURITY_USERS_0_USERNAME=operator
                    DLM_SECURITY_USERS_0_PASSWORD='{bcrypt}$2a$10$...'
                    DLM_SECURITY_USERS_0_ROLES=OPERATOR
                Driver accounts also name their vehicles: DLM_SECURITY_USERS_1_VEHICLE_IDS=ev-001,ev-002.
                See docs/security.md.""", cause);
    }
}
