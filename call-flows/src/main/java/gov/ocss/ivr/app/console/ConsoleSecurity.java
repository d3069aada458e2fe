package gov.ocss.ivr.app.console;

import gov.ocss.ivr.app.config.ConfigurationProblem;
import gov.ocss.ivr.db.EmbeddedDatabase;
import gov.ocss.ivr.staff.StaffRole;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Who may do what over HTTP. The staff console needs a signed-in user (form login, bcrypt-hashed
 * passwords from the settings, sessions that time out), every form carries a CSRF token, and only a
 * supervisor may cancel a request, clear a lock or read the audit trail. The health endpoint stays open
 * for the load balancer, and the Prometheus endpoint for the scraper, which cannot sign in (it shows
 * counts by line and outcome only; the README says to keep it on the management network); everything
 * else is refused.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleSecurity {
    private static final Logger log = LoggerFactory.getLogger(ConsoleSecurity.class);
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");
    private static final Pattern USER_NAME = Pattern.compile("[a-z][a-z0-9._-]{1,39}");
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    @Bean
    SecurityFilterChain consoleFilterChain(HttpSecurity http, SignInThrottle throttle, ConsoleSignIns signIns) throws Exception {
        http.addFilterBefore(new SignInThrottleFilter(throttle, signIns), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/error").permitAll()
                        .requestMatchers("/console/login", "/console/assets/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/console/requests/*/cancel", "/console/cases/*/unlock")
                        .hasRole(StaffRole.SUPERVISOR.name())
                        .requestMatchers("/console/audit").hasRole(StaffRole.SUPERVISOR.name())
                        .requestMatchers("/", "/console", "/console/**").hasRole(StaffRole.STAFF.name())
                        .anyRequest().denyAll())
                .formLogin(form -> form.loginPage("/console/login")
                        .defaultSuccessUrl("/console", true)
                        .failureUrl("/console/login?error"))
                .logout(logout -> logout.logoutUrl("/console/logout").logoutSuccessUrl("/console/login?signedOut"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    /** Failed sign-ins per user name and per address (ivr.console.sign-ins.*), checked before a password is. */
    @Bean
    SignInThrottle signInThrottle(Jdbi jdbi, ConsoleProperties properties, Clock clock) {
        ConsoleProperties.SignIns limits = properties.signIns();
        return new SignInThrottle(jdbi, limits.failuresPerUser(), limits.failuresPerAddress(), limits.window(), clock);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /** Successful and failed sign-ins become events, which {@link ConsoleSignIns} writes to the audit trail. */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
        return new DefaultAuthenticationEventPublisher(publisher);
    }

    /**
     * The configured users; on the embedded demo database, and only there, the demo users when none is
     * configured. A supervisor holds both roles: everything staff may do, and more.
     */
    @Bean
    UserDetailsService staffUsers(ConsoleProperties properties, ObjectProvider<EmbeddedDatabase> embedded) {
        Map<String, ConsoleProperties.User> users = properties.users();
        if (users.isEmpty()) {
            if (embedded.getIfAvailable() != null) {
                log.warn("No console users configured: the demo users 'staff' and 'supervisor' can sign in (passwords in "
                        + "the README); they only suit the embedded demo database");
                users = DemoStaffUsers.ALL;
            } else {
                log.warn("No console users configured: nobody can sign in to the staff console. Set "
                        + "ivr.console.users.<name>.password-hash and ivr.console.users.<name>.role (see the README).");
            }
        }
        List<UserDetails> details = new ArrayList<>();
        users.forEach((name, user) -> details.add(userDetails(name, user)));
        return new InMemoryUserDetailsManager(details);
    }

    private static UserDetails userDetails(String name, ConsoleProperties.User user) {
        if (!USER_NAME.matcher(name).matches()) {
            throw new ConfigurationProblem("The console user name '" + name + "' is not usable.",
                    "Use 2 to 40 lower-case letters, digits, dots, dashes or underscores, starting with a letter.");
        }
        StaffRole role = StaffRole.fromCode(user.role()).orElseThrow(() -> new ConfigurationProblem(
                "The console user " + name + " has no role, or one that does not exist.",
                "Set ivr.console.users." + name + ".role to staff or supervisor."));
        if (user.passwordHash() == null || !BCRYPT.matcher(user.passwordHash()).matches()) {
            throw new ConfigurationProblem("The console user " + name + " has no bcrypt password hash.",
                    "Set ivr.console.users." + name + ".password-hash to a bcrypt hash of the password (never the "
                            + "password itself), for example from: htpasswd -nbBC 12 " + name + " 'the password'.");
        }
        String[] roles = role == StaffRole.SUPERVISOR
                ? new String[] {StaffRole.STAFF.name(), StaffRole.SUPERVISOR.name()}
                : new String[] {StaffRole.STAFF.name()};
        return User.withUsername(name).password(user.passwordHash()).roles(roles).build();
    }
}
