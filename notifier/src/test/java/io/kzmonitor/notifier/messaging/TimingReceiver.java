package io.kzmonitor.notifier.messaging;

import com.sun.net.httpserver.HttpServer;
import io.kzmonitor.contracts.EventJson;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

/** A webhook receiver (JDK HTTP server) that records when each article id first arrived, in {@link System#nanoTime()}. */
public final class TimingReceiver implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();

    private TimingReceiver(HttpServer server) {
        this.server = server;
    }

    /** Starts a receiver on a free loopback port. */
    public static TimingReceiver start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            TimingReceiver receiver = new TimingReceiver(server);
            server.createContext("/", exchange -> {
                long now = System.nanoTime();
                String body =
                        new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                String id = EventJson.mapper().readTree(body).at("/data/id").asText();
                receiver.arrivals.putIfAbsent(id, now);
                exchange.sendResponseHeaders(200, -1);
                exchange.close();
            });
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return receiver;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the timing receiver", e);
        }
    }

    /** The URL of a path on this receiver. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Arrival time of an article id, or null. */
    public Long arrival(String articleId) {
        return arrivals.get(articleId);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
