package io.kzmonitor.fetcher.it;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Collects the formatted WARN+ log lines of the fetcher's loggers during a test. */
final class LogCapture extends Handler {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Logger logger;

    private LogCapture(Logger logger) {
        this.logger = logger;
    }

    static LogCapture attach(String category) {
        Logger logger = Logger.getLogger(category);
        LogCapture capture = new LogCapture(logger);
        capture.setLevel(Level.WARNING);
        logger.addHandler(capture);
        return capture;
    }

    @Override
    public void publish(LogRecord record) {
        if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
            String msg = record.getMessage();
            Object[] params = record.getParameters();
            if (params != null && params.length > 0 && msg.contains("%")) {
                try {
                    msg = String.format(msg, params);
                } catch (RuntimeException ignored) {
                    // keep the raw message
                }
            }
            lines.add(msg);
        }
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
