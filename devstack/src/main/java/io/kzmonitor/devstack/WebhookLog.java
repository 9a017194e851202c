package io.kzmonitor.devstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * The demo's webhook receiver: a real HTTP server on 127.0.0.1 that answers 204 to every POST and prints one line per
 * delivery (time, path, {@code webhook-id}, signature presence, body) to standard output, which {@code ./monitor}
 * sends to {@code logs/webhooks.log}.
 */
public final class WebhookLog {

    private WebhookLog() {}

    /** {@code java -cp ... io.kzmonitor.devstack.WebhookLog [port]}. */
    public static void main(String[] args) throws IOException, InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8094;
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", WebhookLog::handle);
        server.start();
        System.out.println("webhook receiver listening on http://127.0.0.1:" + port + "/hooks/demo");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
        Thread.currentThread().join();
    }

    private static void handle(HttpExchange exchange) throws IOException {
        try (exchange;
                InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            boolean signed = exchange.getRequestHeaders().getFirst("webhook-signature") != null;
            synchronized (System.out) {
                System.out.printf(
                        "%s webhook received %s %s webhook-id=%s signed=%s body=%s%n",
                        Instant.now(), exchange.getRequestMethod(), exchange.getRequestURI(), id, signed, body);
                System.out.flush();
            }
            exchange.sendResponseHeaders(204, -1);
        }
    }
}
