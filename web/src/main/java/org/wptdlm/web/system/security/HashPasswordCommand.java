package org.wptdlm.web.system.security;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hash-password}: prints the {@code {bcrypt}} form of a password, for {@code dlm.security.users[i].password}. */
@Command(
        name = "hash-password",
        mixinStandardHelpOptions = true,
        description = {
            "Prints a password as a {bcrypt} hash for dlm.security.users[i].password (DLM_SECURITY_USERS_0_PASSWORD=...).",
            "Asks for the password without echoing it; --password-stdin reads it from standard input instead."})
public final class HashPasswordCommand implements Callable<Integer> {

    /** Spring Security's default cost: about 0.1 s per check, which a login pays once per session. */
    private static final int BCRYPT_STRENGTH = 10;

    @Option(names = "--password", interactive = true, arity = "0..1", description = "the password (asked for when no value is given)")
    char[] password;

    @Option(names = "--password-stdin", description = "read the password from the first line of standard input")
    boolean fromStdin;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String plain = fromStdin ? firstLineOfStdin() : password == null ? askForPassword() : new String(password);
        if (plain == null || plain.isEmpty()) {
            spec.commandLine().getErr().println("No password given.");
            return 2;
        }
        spec.commandLine().getOut().println("{bcrypt}" + new BCryptPasswordEncoder(BCRYPT_STRENGTH).encode(plain));
        return 0;
    }

    private static String firstLineOfStdin() throws IOException {
        return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
    }

    private static String askForPassword() {
        Console console = System.console();
        return console == null ? null : new String(console.readPassword("Password: "));
    }
}
