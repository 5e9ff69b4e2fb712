package uk.lscb.casereview.core.driver;

import java.text.MessageFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What one class logs, kept from construction to {@link #close()}: its {@code System.Logger} lines, which go to
 * java.util.logging where no logging library is on the class path (the core's and the adapters' tests).
 */
public final class RecordedLog extends Handler implements AutoCloseable {
    private final Logger logger;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    public RecordedLog(Class<?> of) {
        this.logger = Logger.getLogger(of.getName());
        logger.addHandler(this);
    }

    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    public void clear() {
        records.clear();
    }

    /** The line as it is written: the message with its parameters in place. */
    public static String text(LogRecord record) {
        return record.getParameters() == null ? record.getMessage()
                : MessageFormat.format(record.getMessage(), record.getParameters());
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
