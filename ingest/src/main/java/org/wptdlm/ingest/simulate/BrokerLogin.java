package org.wptdlm.ingest.simulate;

/** Where the simulator connects and as whom (user name and password may be null: anonymous). */
public record BrokerLogin(String url, String username, String password) {}
