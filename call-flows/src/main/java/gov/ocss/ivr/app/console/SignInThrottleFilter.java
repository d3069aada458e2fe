package gov.ocss.ivr.app.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stops a sign-in the {@link SignInThrottle} refuses before Spring Security looks at its password, and
 * sends the person back to the sign-in page, which says to wait. Recorded in the audit trail.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {
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
        if (throttle.refuses(name, request.getRemoteAddr())) {
            signIns.throttled(name);
            response.sendRedirect(request.getContextPath() + SIGN_IN + "?throttled");
            return;
        }
        chain.doFilter(request, response);
    }
}
