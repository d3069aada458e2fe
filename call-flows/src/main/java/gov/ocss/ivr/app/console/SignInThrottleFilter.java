package gov.ocss.ivr.app.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops a sign-in the {@link SignInThrottle} refuses before Spring Security looks at its password, and
 * sends the person back to the sign-in page, which says to wait. Recorded in the audit trail. While the
 * database (where failures are counted) cannot be reached, no sign-in is tried: the page says so.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {
    private static final Logger log = LoggerFactory.getLogger(SignInThrottleFilter.class);
    static final String SIGN_IN = "/console/login";

    private final SignInThrottle throttle;
    private final ConsoleSignIns signIns;

    SignInThrottleFilter(SignInThrottle throttle, ConsoleSignIns signIns) {
        this.throttle = throttle;
        this.signIns = signIns;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !SIGN_IN.equals(request.getServletPath());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String name = request.getParameter("username");
        boolean refused;
        try {
            refused = throttle.refuses(name, request.getRemoteAddr());
        } catch (RuntimeException databaseDown) {
            // Failed sign-ins are counted in the database: without it, no password is tried at all.
            log.warn("A sign-in was turned away: the sign-in throttle cannot reach the database ({})", databaseDown.getClass().getSimpleName());
            response.sendRedirect(request.getContextPath() + SIGN_IN + "?unavailable");
            return;
        }
        if (refused) {
            signIns.throttled(name);
            response.sendRedirect(request.getContextPath() + SIGN_IN + "?throttled");
            return;
        }
        chain.doFilter(request, response);
    }
}
