package org.wptdlm.ingest.mqtt;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.SocketFactory;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/** Builds the TLS socket factory for {@code ssl://} broker URLs from the configured key material. */
final class TlsSocketFactories {

    private TlsSocketFactories() {}

    static SocketFactory create(MqttProperties.Tls tls) {
        try {
            TrustManager[] trustManagers = null;
            if (tls.trustStore() != null) {
                TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init(load(tls.trustStore(), tls.trustStoreType(), tls.trustStorePassword()));
                trustManagers = factory.getTrustManagers();
            }
            KeyManager[] keyManagers = null;
            if (tls.keyStore() != null) {
                KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                factory.init(load(tls.keyStore(), tls.keyStoreType(), tls.keyStorePassword()), chars(tls.keyStorePassword()));
                keyManagers = factory.getKeyManagers();
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers, trustManagers, null);
            return context.getSocketFactory();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("MQTT TLS settings (dlm.mqtt.tls.*) are unusable: " + e.getMessage(), e);
        }
    }

    private static KeyStore load(Path path, String type, String password) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(type);
        try (InputStream in = Files.newInputStream(path)) {
            store.load(in, chars(password));
        }
        return store;
    }

    private static char[] chars(String password) {
        return password == null ? null : password.toCharArray();
    }
}
