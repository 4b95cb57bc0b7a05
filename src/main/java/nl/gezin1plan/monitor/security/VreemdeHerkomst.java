package nl.gezin1plan.monitor.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * A request that a page of another site started, as the browser tells with Fetch Metadata ({@code Sec-Fetch-Site}).
 * SameSite=Lax still sends the session along when such a page navigates the whole window, e.g. to an export.
 * Typing the address ({@code none}), our own pages ({@code same-origin}) and clients without the header pass.
 */
final class VreemdeHerkomst implements RequestMatcher {

    @Override
    public boolean matches(HttpServletRequest request) {
        String herkomst = request.getHeader("Sec-Fetch-Site");
        return "cross-site".equals(herkomst) || "same-site".equals(herkomst);
    }
}
