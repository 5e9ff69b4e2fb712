package uk.lscb.casereview.core.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An HTTP peer that accepts connections on 127.0.0.1 and never finishes an answer: silent, it says nothing at
 * all; trickling, it sends the start of a response one byte a second, so that no read ever waits long enough
 * to time out and only a deadline on the whole call ends it. For the tests of outbound deadlines.
 */
public final class StallingServer implements AutoCloseable {
    private static final byte[] START = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Slow: "
            .getBytes(StandardCharsets.US_ASCII);

    private final ServerSocket server;
    private final boolean trickle;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final CountDownLatch connected = new CountDownLatch(1);
    private final CountDownLatch closed = new CountDownLatch(1);

    private StallingServer(boolean trickle) throws IOException {
        this.trickle = trickle;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "stalling-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Accepts and never answers. */
    public static StallingServer silent() throws IOException {
        return new StallingServer(false);
    }

    /** Accepts and answers one byte a second, forever. */
    public static StallingServer trickling() throws IOException {
        return new StallingServer(true);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/";
    }

    /** Waits until a client has connected. */
    public boolean awaitConnection(long seconds) throws InterruptedException {
        return connected.await(seconds, TimeUnit.SECONDS);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                held.add(socket);
                connected.countDown();
                if (trickle) {
                    Thread writer = new Thread(() -> trickle(socket, closed), "stalling-server-trickle");
                    writer.setDaemon(true);
                    writer.start();
                }
            } catch (IOException closed) {
                return;
            }
        }
    }

    /** Writes a byte a second until the client gives up or the server is closed (which ends the pause at once). */
    private static void trickle(Socket socket, CountDownLatch closed) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write(START);
            out.flush();
            do {
                out.write('x');
                out.flush();
            } while (!socket.isClosed() && !closed.await(1, TimeUnit.SECONDS));
        } catch (IOException | InterruptedException gone) {
            // the client gave up: that is what the tests wait for
        }
    }

    @Override
    public void close() {
        closed.countDown();
        try {
            server.close();
            for (Socket socket : held) {
                socket.close();
            }
        } catch (IOException ignored) {
            // closing a test server
        }
    }
}
