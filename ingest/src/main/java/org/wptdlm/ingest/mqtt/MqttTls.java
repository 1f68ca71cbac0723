package org.wptdlm.ingest.mqtt;

import com.hivemq.client.mqtt.MqttClientSslConfig;
import com.hivemq.client.mqtt.MqttClientSslConfigBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;

/** Builds the client's TLS settings for {@code ssl://} broker URLs from the configured key material. */
final class MqttTls {

    private MqttTls() {}

    static MqttClientSslConfig create(MqttProperties.Tls tls) {
        try {
            MqttClientSslConfigBuilder builder = MqttClientSslConfig.builder();
            if (tls.trustStore() != null) {
                TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
                factory.init(load(tls.trustStore(), tls.trustStoreType(), tls.trustStorePassword()));
                builder.trustManagerFactory(factory);
            }
            if (tls.keyStore() != null) {
                KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                factory.init(load(tls.keyStore(), tls.keyStoreType(), tls.keyStorePassword()), chars(tls.keyStorePassword()));
                builder.keyManagerFactory(factory);
            }
            if (!tls.hostnameVerification()) {
                builder.hostnameVerifier((host, session) -> true);
            }
            return builder.build();
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
