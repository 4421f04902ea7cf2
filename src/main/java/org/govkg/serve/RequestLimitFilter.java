package org.govkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Refuses requests too big to be a query before anything reads or parses them: a body whose declared
 * length exceeds the limit gets 413 at once, a longer query string 414, and a body sent without a
 * length (chunked) fails with an I/O error as soon as it passes the limit. Without it a 100 MB
 * single-token query keeps a server thread in the SPARQL parser for minutes, outside the query timeout.
 */
final class RequestLimitFilter implements Filter {

    private final long maxBytes;

    RequestLimitFilter(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("maxBytes " + maxBytes + " must be positive");
        }
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse out)) {
            chain.doFilter(request, response);
            return;
        }
        String queryString = http.getQueryString();
        if (queryString != null && queryString.length() > maxBytes) {
            refuse(out, 414, "query string of " + queryString.length() + " characters");
            return;
        }
        long length = http.getContentLengthLong();
        if (length > maxBytes) {
            refuse(out, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "request body of " + length + " bytes");
            return;
        }
        chain.doFilter(length < 0 ? new Bounded(http, maxBytes) : http, response);
    }

    private void refuse(HttpServletResponse out, int status, String what) throws IOException {
        // The connection is not reused: the rest of the body is never read.
        out.setHeader("Connection", "close");
        out.sendError(status, what + " is over this server's limit of " + maxBytes + " bytes");
    }

    /** A request whose body stops with an error once it passes the limit. */
    private static final class Bounded extends HttpServletRequestWrapper {
        private final long maxBytes;
        private ServletInputStream in;

        Bounded(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (in == null) {
                in = new CountingStream(super.getInputStream(), maxBytes);
            }
            return in;
        }
    }

    private static final class CountingStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long maxBytes;
        private long read;

        CountingStream(ServletInputStream in, long maxBytes) {
            this.in = in;
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = in.read(buf, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > maxBytes) {
                throw new IOException("request body over this server's limit of " + maxBytes + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
