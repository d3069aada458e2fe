package gov.ocss.ivr.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gov.ocss.ivr.app.FreePort;
import gov.ocss.ivr.app.PhoneLineApplication;
import gov.ocss.ivr.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Console users from the settings, as the README shows them: environment variables, bcrypt hashes, two roles. */
@ExtendWith(OutputCaptureExtension.class)
class ConsoleUsersTest {
    private static final String TEST_PIN_KEY = "dGVzdC1vbmx5LXRlc3Qtb25seS10ZXN0LW9ubHktdGVzdC1vbmx5IQ==";

    @Test
    void usersFromEnvironmentVariablesSignInWithTheirRoleAndTheDemoUsersAreGone() throws Exception {
        String hash = new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4).encode("correct horse battery staple")
                .replaceFirst("^\\$2a", "\\$2y");
        try (ConfigurableApplicationContext app = start(Map.of(
                "IVR_CONSOLE_USERS_MLOPEZ_PASSWORDHASH", hash,
                "IVR_CONSOLE_USERS_MLOPEZ_ROLE", "staff",
                "IVR_CONSOLE_USERS_JCHEN_PASSWORDHASH", hash,
                "IVR_CONSOLE_USERS_JCHEN_ROLE", "supervisor"))) {
            UserDetailsService users = app.getBean(UserDetailsService.class);
            PasswordEncoder passwords = app.getBean(PasswordEncoder.class);

            UserDetails clerk = users.loadUserByUsername("mlopez");
            assertThat(passwords.matches("correct horse battery staple", clerk.getPassword())).isTrue();
            assertThat(clerk.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_STAFF");
            assertThat(users.loadUserByUsername("jchen").getAuthorities()).extracting(GrantedAuthority::getAuthority)
                    .containsExactlyInAnyOrder("ROLE_STAFF", "ROLE_SUPERVISOR");
            assertThatThrownBy(() -> users.loadUserByUsername("staff")).as("no demo users on a real database")
                    .isInstanceOf(UsernameNotFoundException.class);

            HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port") + "/console/login"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).contains("name=\"_csrf\"");
            assertThat(login.headers().firstValue("Content-Security-Policy")).hasValue(ConsoleSecurity.CONTENT_SECURITY_POLICY);
            assertThat(login.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        }
    }

    @Test
    void aUserWhosePasswordIsNotABcryptHashStopsTheStartWithTheSettingToFix(CapturedOutput output) {
        assertThatThrownBy(() -> start(Map.of(
                "IVR_CONSOLE_USERS_MLOPEZ_PASSWORDHASH", "hunter2",
                "IVR_CONSOLE_USERS_MLOPEZ_ROLE", "staff")));

        assertThat(output.getAll()).contains("APPLICATION FAILED TO START", "The console user mlopez has no bcrypt password hash",
                "ivr.console.users.mlopez.password-hash").doesNotContain("hunter2");
    }

    private static ConfigurableApplicationContext start(Map<String, Object> environmentVariables) {
        TestDatabase db = TestDatabase.fresh();
        SpringApplication application = new SpringApplication(PhoneLineApplication.class);
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().replace(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        environmentVariables));
        application.setEnvironment(environment);
        return application.run("--spring.datasource.url=" + db.jdbcUrl(), "--spring.datasource.username=postgres",
                "--ivr.pin.keys.1=" + TEST_PIN_KEY, "--ivr.agi.port=" + FreePort.find(), "--server.port=0",
                "--ivr.remail.print-interval=0");
    }
}
