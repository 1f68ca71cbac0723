package org.wptdlm.db;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The configuration the repository tests start from; the db module has no application of its own. */
@SpringBootApplication
class DbTestApplication {
}
