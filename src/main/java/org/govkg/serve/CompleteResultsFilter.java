package org.govkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Makes a query that times out while its results are written fail as a whole, never as a 200 with
 * truncated results. Fuseki sends the status before the results; when the timeout strikes mid-way it
 * can only append a comment to what it sent. Here the body is held back until the action ends (up to
 * {@code bufferBytes}): a timeout then becomes a clean {@code 503 Query timed out}. A result larger than
 * that is streamed, and if it then times out the connection is aborted, so that the client sees an
 * incomplete transfer rather than a complete-looking response.
 */
final class CompleteResultsFilter implements Filter {

    /** The marker Fuseki appends when a query is cancelled while its results are written. */
    static final String FUSEKI_CANCELLED = "Query cancelled due to timeout during execution";

    private final int bufferBytes;

    CompleteResultsFilter(int bufferBytes) {
        this.bufferBytes = bufferBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(response instanceof HttpServletResponse http)) {
            chain.doFilter(request, response);
            return;
        }
        Held held = new Held(http, bufferBytes);
        chain.doFilter(request, held);
        held.finish();
    }

    /** A response whose body waits in memory until the action ends or the buffer fills. */
    private static final class Held extends HttpServletResponseWrapper {
        private static final int TAIL = 256;
        private final HttpServletResponse real;
        private final int bufferBytes;
        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        /** The last bytes written, where Fuseki's cancellation marker would be. */
        private final byte[] tail = new byte[TAIL];
        private long written;
        private OutputStream sink = buffer;
        private boolean streaming;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Held(HttpServletResponse real, int bufferBytes) {
            super(real);
            this.real = real;
            this.bufferBytes = bufferBytes;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) throws IOException {
                        write(new byte[] {(byte) b}, 0, 1);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        sink.write(b, off, len);
                        remember(b, off, len);
                        overflow();
                    }

                    @Override
                    public void flush() throws IOException {
                        // Flushing would commit the status; while held, the body waits.
                        if (streaming) {
                            sink.flush();
                        }
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("asynchronous writes");
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String charset = getCharacterEncoding();
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(),
                        charset == null ? StandardCharsets.UTF_8 : Charset.forName(charset)), false);
            }
            return writer;
        }

        @Override
        public void flushBuffer() throws IOException {
            if (streaming) {
                real.flushBuffer();
            }
        }

        @Override
        public boolean isCommitted() {
            return streaming && real.isCommitted();
        }

        @Override
        public void resetBuffer() {
            if (!streaming) {
                buffer.reset();
                written = 0;
            }
            real.resetBuffer();
        }

        @Override
        public void reset() {
            resetBuffer();
            real.reset();
        }

        private void remember(byte[] b, int off, int len) {
            int skip = Math.max(0, len - TAIL);
            written += skip;
            for (int i = off + skip; i < off + len; i++) {
                tail[(int) (written++ % TAIL)] = b[i];
            }
        }

        private String tail() {
            int n = (int) Math.min(written, TAIL);
            byte[] last = new byte[n];
            for (int i = 0; i < n; i++) {
                last[i] = tail[(int) ((written - n + i) % TAIL)];
            }
            return new String(last, StandardCharsets.ISO_8859_1);
        }

        private void overflow() throws IOException {
            if (!streaming && buffer.size() > bufferBytes) {
                streaming = true;
                sink = real.getOutputStream();
                buffer.writeTo(sink);
                buffer.reset();
            }
        }

        void finish() throws IOException {
            if (writer != null) {
                writer.flush();
            }
            boolean cancelled = tail().contains(FUSEKI_CANCELLED);
            if (!streaming) {
                if (cancelled) {
                    real.reset();
                    real.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Query timed out");
                } else if (buffer.size() > 0) {
                    buffer.writeTo(real.getOutputStream());
                }
                return;
            }
            if (cancelled) {
                // Too late for a status: break the transfer so that no client mistakes it for complete.
                throw new IOException("query timed out after more than " + bufferBytes
                        + " bytes of results were sent; response aborted");
            }
        }
    }
}
