package org.govkg.serve;

import java.net.http.HttpClient;
import java.time.Duration;

/** The HTTP client the server tests use. */
public final class Http {

    private Http() {
    }

    /**
     * A new client for each request: Jetty may close a connection after refusing a request whose body it
     * did not read, and a pooled client would then send the next request on the dead connection (seen
     * as "header parser received no bytes").
     */
    public static HttpClient client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    }
}
