package io.kzmonitor.devstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small news site served over real HTTP on 127.0.0.1 from a classpath folder written by us: the offline demo of
 * {@code ./monitor demo} and the fixture site of the end-to-end test.
 *
 * <p>Conventions: files are stored in UTF-8; a file named {@code NAME.CHARSET.html} (e.g.
 * {@code reforms.windows-1256.html}) is served at the same path re-encoded in that charset and labelled so in
 * {@code Content-Type}, the way legacy Arabic and Cyrillic sites serve their pages; {@code {{base}}} in any file is
 * replaced by the site's base URL (so feeds carry absolute links); {@code /} serves {@code index.html}.
 */
public final class NewsSite implements AutoCloseable {

    private static final Pattern CHARSET_NAME = Pattern.compile(".*\\.([A-Za-z0-9_-]+)\\.html$");

    private final HttpServer server;
    private final String root;

    private NewsSite(HttpServer server, String root) {
        this.server = server;
        this.root = root;
    }

    /**
     * Serves the classpath folder {@code root} (e.g. {@code "demo-site"}) on 127.0.0.1.
     *
     * @param port the port, 0 for a free one
     */
    public static NewsSite start(String root, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            NewsSite site = new NewsSite(server, root.replaceAll("^/+|/+$", ""));
            server.createContext("/", site::handle);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return site;
        } catch (IOException e) {
            throw new IllegalStateException("cannot serve " + root + " on port " + port, e);
        }
    }

    /** The base URL, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The absolute URL of a path on this site. */
    public String url(String path) {
        return baseUrl() + (path.startsWith("/") ? path : "/" + path);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.contains("..")) {
                exchange.sendResponseHeaders(400, -1);
                return;
            }
            String file = path.equals("/") ? "index.html" : path.substring(1);
            byte[] utf8;
            try (InputStream in = NewsSite.class.getClassLoader().getResourceAsStream(root + "/" + file)) {
                if (in == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                utf8 = in.readAllBytes();
            }
            String text = new String(utf8, StandardCharsets.UTF_8).replace("{{base}}", baseUrl());
            Charset charset = charsetOf(file);
            byte[] body = text.getBytes(charset);
            exchange.getResponseHeaders().set("Content-Type", contentType(file) + "; charset=" + charset.name());
            exchange.sendResponseHeaders(200, body.length);
            if (!"HEAD".equals(exchange.getRequestMethod())) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    private static Charset charsetOf(String file) {
        Matcher m = CHARSET_NAME.matcher(file);
        if (m.matches() && Charset.isSupported(m.group(1))) {
            return Charset.forName(m.group(1));
        }
        return StandardCharsets.UTF_8;
    }

    private static String contentType(String file) {
        if (file.endsWith(".xml") || file.endsWith(".rss")) {
            return "application/rss+xml";
        }
        if (file.endsWith(".atom")) {
            return "application/atom+xml";
        }
        if (file.endsWith(".txt")) {
            return "text/plain";
        }
        return "text/html";
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** Serves the bundled demo site: {@code java -cp ... io.kzmonitor.devstack.NewsSite [port] [root]}. */
    public static void main(String[] args) throws InterruptedException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 8090;
        String root = args.length > 1 ? args[1] : "demo-site";
        NewsSite site = start(root, port);
        System.out.println("demo news site: " + site.url("/feed.xml"));
        Runtime.getRuntime().addShutdownHook(new Thread(site::close));
        Thread.currentThread().join();
    }
}
