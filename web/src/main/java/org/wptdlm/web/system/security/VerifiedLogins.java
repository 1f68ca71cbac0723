package org.wptdlm.web.system.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Remembers HTTP Basic logins that passed for a while, so a client calling the API many times a
 * second pays the deliberately slow password hash (bcrypt) once, not per request. Keys are the user
 * name and a SHA-256 of the password (the password itself is never kept); accounts come from
 * configuration and cannot change while the service runs, so a remembered login stays true.
 */
final class VerifiedLogins implements AuthenticationProvider {

    static final int MAX_ENTRIES = 10_000;

    private final AuthenticationProvider delegate;
    private final long ttlNanos;
    private final Map<String, Remembered> byKey = new ConcurrentHashMap<>();

    private record Remembered(Authentication authentication, long expiresAtNanos) {
    }

    VerifiedLogins(AuthenticationProvider delegate, Duration ttl) {
        this.delegate = delegate;
        this.ttlNanos = ttl.toNanos();
    }

    @Override
    public Authentication authenticate(Authentication login) {
        String key = login.getName() + ':' + sha256(String.valueOf(login.getCredentials()));
        long now = System.nanoTime();
        Remembered remembered = byKey.get(key);
        if (remembered != null && now - remembered.expiresAtNanos() < 0) {
            return remembered.authentication();
        }
        Authentication verified = delegate.authenticate(login);
        if (verified != null && verified.isAuthenticated()) {
            if (byKey.size() >= MAX_ENTRIES) {
                byKey.clear();
            }
            byKey.put(key, new Remembered(verified, now + ttlNanos));
        }
        return verified;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
