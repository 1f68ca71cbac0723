package org.wptdlm.web.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over a limit with 413: at once when the declared length is over, and for a
 * chunked body after reading at most one byte more than the limit (the body is then handed on from
 * memory, never more than the limit). Registered for the whole API ({@link ApiRequestLimits}) and,
 * tighter, for the what-if API.
 */
public class RequestSizeLimit extends OncePerRequestFilter {

    private final long maxRequestBytes;
    private final String setting;
    private final ObjectMapper objectMapper;

    /** @param setting the property that sets the limit, named in the answer */
    public RequestSizeLimit(long maxRequestBytes, String setting, ObjectMapper objectMapper) {
        this.maxRequestBytes = maxRequestBytes;
        this.setting = setting;
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long declared = request.getContentLengthLong();
        if (declared > maxRequestBytes) {
            refuse(request, response, declared + " bytes");
            return;
        }
        if (declared >= 0) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes((int) maxRequestBytes + 1);
        if (body.length > maxRequestBytes) {
            refuse(request, response, "more than " + maxRequestBytes + " bytes");
            return;
        }
        chain.doFilter(new BufferedBody(request, body), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String size) throws IOException {
        HttpStatus status = HttpStatus.PAYLOAD_TOO_LARGE;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "The request body has " + size
                + "; this request may have at most " + maxRequestBytes + " (" + setting + ").");
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }

    /** A request whose body was already read into memory. */
    private static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already in memory");
                }
            };
        }
    }
}
