package org.govkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Lets the web UI read the server's {@code /$/} status endpoints but refuses every request that could
 * change something there (creating or deleting datasets, backups, compaction): only GET, HEAD and OPTIONS
 * pass, except for the UI's side-effect-free validators under {@code /$/validate/}.
 */
final class ReadOnlyAdminFilter implements Filter {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse out) {
            String path = http.getRequestURI().substring(http.getContextPath().length());
            if (!READ_METHODS.contains(http.getMethod()) && !path.startsWith("/$/validate/")) {
                out.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "this govkg server is read-only");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
