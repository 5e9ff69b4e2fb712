package uk.lscb.casereview.adapters.mongo.embedded;

import de.bwaldvogel.mongo.bson.Document;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * The embedded store's write-ahead journal: one append-only file of records, each {@code [int length][int CRC32 of
 * the payload][payload]}, the payload a BSON document saying what changed: a document's new image ({@code op: put}),
 * a document removed ({@code op: remove}), a command that changes collections or indexes ({@code op: command}) or an
 * index found to hold an array ({@code op: multikey}). The store keeps its data in memory; opening it replays the
 * journal and then rewrites it as a snapshot of the live data ({@link #rewrite}).
 *
 * <p>Records are appended to a buffer in memory while the change is made (under the collection's lock, so the
 * buffer holds each document's changes in the order they were made), and {@link #flush} writes the buffer to the
 * file before the reply is sent: whichever thread writes takes every record buffered so far, so requests finishing
 * together share one write. A flushed record is handed to the operating system (survives the process being killed)
 * but not forced to the disk: the same as the H2 commit it replaces, which neither forces its file (H2 calls fsync
 * only when the store is closed). A crash of the machine may lose the last writes; a file cut short by a crash loses
 * only the record being written, which {@link #replay} drops.
 *
 * <p>A lock on a file beside the journal keeps a second process (or a second store in this one) from opening it.
 */
final class Journal implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Journal.class.getName());
    private static final int HEADER = 8;
    /** A payload longer than this is damage, not a record (MongoDB's largest document, 16 MB, and the record's fields). */
    private static final int MAX_PAYLOAD = 17 * 1024 * 1024;
    private static final int GROWTH_ALLOWED = 1024 * 1024;
    /** The {@code doc} field's type (an embedded document) and name, as BSON. */
    private static final byte[] DOC_FIELD = {0x03, 'd', 'o', 'c', 0x00};

    private final Path file;
    private final FileChannel lockChannel;
    private final FileLock lock;
    /** Records recorded and not yet written; guarded by itself. */
    private final Buffer pending = new Buffer();
    /** Held while writing to the file; guards {@link #channel}, {@link #size} and {@link #snapshotSize}. */
    private final Object writing = new Object();
    /** Where each thread's last record ends, counted in bytes recorded since the store was opened. */
    private final ThreadLocal<long[]> recordedByThread = ThreadLocal.withInitial(() -> new long[1]);
    private volatile long written;
    private volatile boolean recording;
    private FileChannel channel;
    private long size;
    private long snapshotSize;
    private IOException failure;

    private Journal(Path file, FileChannel lockChannel, FileLock lock) {
        this.file = file;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Takes the lock beside {@code file} (the journal itself is read by {@link #replay} and written from
     * {@link #rewrite} on).
     *
     * @throws IllegalStateException when another process, or another store of this one, holds the lock
     */
    static Journal lock(Path file, Path lockFile) {
        FileChannel channel;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException cannot) {
            throw new UncheckedIOException("cannot open the embedded store's lock file " + lockFile, cannot);
        }
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IllegalStateException("another process has the embedded store's files open (" + lockFile
                        + " is locked)");
            }
            return new Journal(file, channel, lock);
        } catch (OverlappingFileLockException held) {
            closeQuietly(channel);
            throw new IllegalStateException("the embedded store's files are already open in this process ("
                    + lockFile + " is locked)", held);
        } catch (IOException | RuntimeException refused) {
            closeQuietly(channel);
            throw refused instanceof IllegalStateException stated ? stated
                    : new IllegalStateException("cannot lock the embedded store's files (" + lockFile + ")", refused);
        }
    }

    boolean exists() {
        return Files.exists(file);
    }

    Path file() {
        return file;
    }

    /**
     * Hands each good record of the file to {@code apply}, in order. A record cut short or whose checksum does not
     * match (a crash while it was written) ends the journal: it and anything after it are left out (and go when the
     * journal is next {@link #rewrite rewritten}), with a log line saying where.
     */
    void replay(Consumer<Document> apply) {
        if (!exists()) {
            return;
        }
        long fileSize;
        long good = 0;
        long records = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            fileSize = Files.size(file);
            DataInputStream data = new DataInputStream(in);
            CRC32 crc = new CRC32();
            while (good < fileSize) {
                if (fileSize - good < HEADER) {
                    break;
                }
                int length = data.readInt();
                int checksum = data.readInt();
                if (length <= 0 || length > MAX_PAYLOAD || fileSize - good - HEADER < length) {
                    break;
                }
                byte[] payload = new byte[length];
                data.readFully(payload);
                crc.reset();
                crc.update(payload);
                if ((int) crc.getValue() != checksum) {
                    break;
                }
                apply.accept(BsonBytes.decode(payload));
                good += HEADER + length;
                records++;
            }
        } catch (EOFException cutShort) {
            throw new IllegalStateException("the embedded store's journal " + file + " changed while it was read",
                    cutShort);
        } catch (IOException cannot) {
            throw new UncheckedIOException("cannot read the embedded store's journal " + file, cannot);
        }
        if (good < fileSize) {
            LOG.log(System.Logger.Level.WARNING, "The embedded store''s journal {0} ends in a damaged or incomplete "
                    + "record (a crash while it was written): kept {1} records ({2} bytes), left out the last {3} "
                    + "bytes", file, records, good, fileSize - good);
        }
    }

    /**
     * Replaces the journal with the records {@code snapshot} hands its sink: written to a new file, forced to the
     * disk, renamed over the journal (and the directory forced), so a crash leaves either journal whole. Later
     * records are appended to the new file; records buffered and not yet written are dropped (the snapshot holds
     * their changes). The caller keeps every change out while this runs.
     */
    void rewrite(Consumer<Consumer<byte[]>> snapshot) {
        synchronized (writing) {
            Path next = file.resolveSibling(file.getFileName() + ".next");
            try {
                try (FileChannel out = FileChannel.open(next, StandardOpenOption.CREATE,
                        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                    Buffer records = new Buffer();
                    snapshot.accept(record -> {
                        records.append(record, checksum(record));
                        if (records.length > (1 << 20)) {
                            try {
                                writeFully(out, records.take());
                            } catch (IOException cannot) {
                                throw new UncheckedIOException(cannot);
                            }
                        }
                    });
                    writeFully(out, records.take());
                    out.force(true);
                }
                Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                try (FileChannel directory = FileChannel.open(file.toAbsolutePath().getParent(),
                        StandardOpenOption.READ)) {
                    directory.force(true);
                }
                if (channel != null) {
                    channel.close();
                }
                channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
                size = channel.size();
                snapshotSize = size;
                synchronized (pending) {
                    pending.take();
                    written = pending.recorded;
                }
            } catch (IOException cannot) {
                throw new UncheckedIOException("cannot write the embedded store's journal " + file, cannot);
            }
        }
    }

    /** Whether the journal has grown past twice its last snapshot and a megabyte: worth {@link #rewrite rewriting}. */
    boolean hasGrown() {
        synchronized (writing) {
            return size > 2 * snapshotSize + GROWTH_ALLOWED;
        }
    }

    long size() {
        synchronized (writing) {
            return size;
        }
    }

    /** From now on changes are recorded (not while the journal is replayed or its snapshot written). */
    void startRecording() {
        recording = true;
    }

    /**
     * A document's new image: the record's fields, then the document's BSON as it is stored, spliced in rather than
     * decoded and encoded again.
     */
    static byte[] put(String database, String collection, byte[] document) {
        byte[] fields = BsonBytes.encode(new Document("op", "put").append("db", database).append("coll", collection));
        int withoutEnd = fields.length - 1;
        byte[] record = new byte[withoutEnd + DOC_FIELD.length + document.length + 1];
        System.arraycopy(fields, 0, record, 0, withoutEnd);
        System.arraycopy(DOC_FIELD, 0, record, withoutEnd, DOC_FIELD.length);
        System.arraycopy(document, 0, record, withoutEnd + DOC_FIELD.length, document.length);
        ByteBuffer.wrap(record).order(ByteOrder.LITTLE_ENDIAN).putInt(0, record.length);
        return record;
    }

    static byte[] remove(String database, String collection, Object id) {
        return BsonBytes.encode(new Document("op", "remove").append("db", database).append("coll", collection)
                .append("id", id));
    }

    static byte[] command(String database, Document command) {
        return BsonBytes.encode(new Document("op", "command").append("db", database).append("command", command));
    }

    static byte[] multikey(String index) {
        return BsonBytes.encode(new Document("op", "multikey").append("index", index));
    }

    /** Buffers {@code record} (one of {@link #put}, {@link #remove}, {@link #command}) while recording. */
    void record(byte[] record) {
        if (!recording) {
            return;
        }
        int checksum = checksum(record); // before taking the buffer: threads changing other collections go on
        synchronized (pending) {
            pending.append(record, checksum);
            recordedByThread.get()[0] = pending.recorded;
        }
    }

    /**
     * Writes every record buffered so far, if this thread recorded any that are not yet written (one write for
     * records of many threads); returns once this thread's records are in the file.
     *
     * @throws UncheckedIOException when the file cannot be written (then and from then on)
     */
    void flush() {
        long mine = recordedByThread.get()[0];
        if (mine <= written) {
            return;
        }
        synchronized (writing) {
            if (failure != null) {
                throw new UncheckedIOException("the embedded store cannot write its journal " + file, failure);
            }
            if (mine <= written) {
                return;
            }
            ByteBuffer records;
            long upTo;
            synchronized (pending) {
                records = pending.take();
                upTo = pending.recorded;
            }
            try {
                size += writeFully(channel, records);
            } catch (IOException cannot) {
                failure = cannot;
                throw new UncheckedIOException("the embedded store cannot write its journal " + file, cannot);
            }
            written = upTo;
        }
    }

    /** Writes what is buffered and lets the lock go. */
    @Override
    public void close() {
        try {
            synchronized (writing) {
                if (channel != null && failure == null) {
                    writeFully(channel, pending.take());
                }
                if (channel != null) {
                    channel.close();
                    channel = null;
                }
            }
        } catch (IOException cannot) {
            throw new UncheckedIOException("cannot write the embedded store's journal " + file, cannot);
        } finally {
            recording = false;
            try {
                lock.release();
            } catch (IOException ignored) {
                // closing the channel below lets the lock go too
            }
            closeQuietly(lockChannel);
        }
    }

    private static int writeFully(FileChannel channel, ByteBuffer bytes) throws IOException {
        int length = bytes.remaining();
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        return length;
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // nothing was written through it
        }
    }

    private static int checksum(byte[] record) {
        CRC32 crc = new CRC32();
        crc.update(record);
        return (int) crc.getValue();
    }

    /** Encoded records in order, growing as needed. */
    private static final class Buffer {
        private byte[] bytes = new byte[1 << 16];
        private int length;
        /** Bytes appended since the buffer was made. */
        private long recorded;

        /** The record as it is written: its length and checksum, then the record. */
        void append(byte[] record, int checksum) {
            ensure(HEADER + record.length);
            ByteBuffer.wrap(bytes, length, HEADER).putInt(record.length).putInt(checksum);
            System.arraycopy(record, 0, bytes, length + HEADER, record.length);
            length += HEADER + record.length;
            recorded += HEADER + record.length;
        }

        /** Everything appended so far, and empties the buffer. */
        ByteBuffer take() {
            ByteBuffer taken = ByteBuffer.wrap(Arrays.copyOf(bytes, length));
            length = 0;
            return taken;
        }

        private void ensure(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }
    }
}
