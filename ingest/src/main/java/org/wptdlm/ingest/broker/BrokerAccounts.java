package org.wptdlm.ingest.broker;

import io.moquette.broker.security.IAuthenticator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wptdlm.domain.Invariants;

/**
 * The accounts of the embedded broker, kept in a file readable by its owner only (like a
 * Mosquitto password file plus the secrets the service and the demo fleet log in with). One line
 * per account: {@code username=ROLE password}. Accounts the service needs (its own, the demo
 * hubs') are generated with random passwords on first use; operators add their hubs' lines by hand
 * and restart. The service's password must be readable by the service, so the file holds
 * passwords, not hashes: guard it like any other secret.
 */
public final class BrokerAccounts implements IAuthenticator {

    /** The service's own user name on the embedded broker. */
    public static final String SERVICE_USERNAME = "wpt-dlm";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String HEADER = "# wpt-dlm embedded MQTT broker accounts: username=ROLE password"
            + " (ROLE: SERVICE, HUB, VEHICLE, VEHICLE_GATEWAY). Keep this file secret.";

    private record Account(BrokerRole role, String password) {}

    private final Path file;
    private final Map<String, Account> byUsername = new LinkedHashMap<>();

    private BrokerAccounts(Path file) {
        this.file = file;
    }

    /** Reads {@code file}, creating it (owner-only) with a service account when it does not exist. */
    public static BrokerAccounts openOrCreate(Path file) {
        BrokerAccounts accounts = new BrokerAccounts(file);
        if (Files.exists(file)) {
            accounts.load();
        }
        accounts.ensure(SERVICE_USERNAME, BrokerRole.SERVICE);
        return accounts;
    }

    /** Reads an existing accounts file, e.g. for the simulator; nothing is created or written. */
    public static BrokerAccounts read(Path file) {
        BrokerAccounts accounts = new BrokerAccounts(file);
        accounts.load();
        return accounts;
    }

    /** The account's password, generating the account (and saving the file) when it does not exist. */
    public synchronized String ensure(String username, BrokerRole role) {
        Account existing = byUsername.get(username);
        if (existing != null) {
            if (existing.role() != role) {
                throw new IllegalStateException("Broker account '" + username + "' in " + file + " has role "
                        + existing.role() + ", expected " + role);
            }
            return existing.password();
        }
        Invariants.requireId(username, "broker user name");
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        byUsername.put(username, new Account(role, password));
        save();
        return password;
    }

    public Path file() {
        return file;
    }

    /** The password of an existing account. */
    public synchronized Optional<String> password(String username) {
        return Optional.ofNullable(byUsername.get(username)).map(Account::password);
    }

    /** The first account with {@code role}, by the file's order. */
    public synchronized Optional<String> firstWithRole(BrokerRole role) {
        return byUsername.entrySet().stream().filter(entry -> entry.getValue().role() == role).map(Map.Entry::getKey).findFirst();
    }

    synchronized Optional<BrokerRole> roleOf(String username) {
        return Optional.ofNullable(username).map(byUsername::get).map(Account::role);
    }

    @Override
    public boolean checkValid(String clientId, String username, byte[] password) {
        Account account;
        synchronized (this) {
            account = username == null ? null : byUsername.get(username);
        }
        // Compared in constant time, so a timing probe learns nothing of the password.
        return account != null && password != null
                && MessageDigest.isEqual(account.password().getBytes(StandardCharsets.UTF_8), password);
    }

    private void load() {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int number = 1; number <= lines.size(); number++) {
                String line = lines.get(number - 1).strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    parse(line, number);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the broker accounts file " + file, e);
        }
    }

    private void parse(String line, int number) {
        int equals = line.indexOf('=');
        String[] roleAndPassword = line.substring(equals + 1).strip().split("\\s+", 2);
        if (equals < 1 || roleAndPassword.length != 2) {
            throw new IllegalStateException(file + " line " + number + ": expected username=ROLE password");
        }
        String username = line.substring(0, equals).strip();
        Invariants.requireId(username, file + " line " + number + ": user name");
        try {
            byUsername.put(username, new Account(BrokerRole.valueOf(roleAndPassword[0]), roleAndPassword[1]));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(file + " line " + number + ": unknown role " + roleAndPassword[0], e);
        }
    }

    private void save() {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        byUsername.forEach((username, account) ->
                text.append(username).append('=').append(account.role()).append(' ').append(account.password()).append('\n'));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (!Files.exists(file)) {
                createOwnerOnly(file);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the broker accounts file " + file, e);
        }
    }

    /** Creates the file readable and writable by its owner only, before any secret goes into it. */
    private static void createOwnerOnly(Path file) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
            file.toFile().setReadable(false, false);
            file.toFile().setReadable(true, true);
            file.toFile().setWritable(false, false);
            file.toFile().setWritable(true, true);
        }
    }
}
