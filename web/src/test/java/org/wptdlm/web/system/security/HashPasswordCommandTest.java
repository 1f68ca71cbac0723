package org.wptdlm.web.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import picocli.CommandLine;

class HashPasswordCommandTest {

    @Test
    void printsABcryptHashTheServiceAccepts() {
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new HashPasswordCommand());
        command.setOut(new PrintWriter(out));

        int exitCode = command.execute("--password", "s3cret-Pass");

        String hash = out.toString().strip();
        assertThat(exitCode).isZero();
        assertThat(hash).startsWith("{bcrypt}$2a$10$");
        assertThat(PasswordEncoderFactories.createDelegatingPasswordEncoder().matches("s3cret-Pass", hash)).isTrue();
    }
}
