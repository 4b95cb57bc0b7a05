package nl.gezin1plan.monitor.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy between the application and PostgreSQL that the test can cut and restore, as when the network or the
 * database goes away: cutting closes every open connection and refuses new ones until restored.
 */
final class TcpProxy implements AutoCloseable {

    private final ServerSocket server;
    private final String doelHost;
    private final int doelPoort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean doorgeven = true;

    TcpProxy(String doelHost, int doelPoort) throws IOException {
        this.doelHost = doelHost;
        this.doelPoort = doelPoort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().name("tcp-proxy").start(this::neemAan);
    }

    int poort() {
        return server.getLocalPort();
    }

    /** Breaks every connection now and refuses new ones. */
    void verbreek() {
        doorgeven = false;
        open.forEach(TcpProxy::sluit);
        open.clear();
    }

    void herstel() {
        doorgeven = true;
    }

    @Override
    public void close() throws IOException {
        verbreek();
        server.close();
    }

    private void neemAan() {
        while (!server.isClosed()) {
            try {
                Socket klant = server.accept();
                if (!doorgeven) {
                    sluit(klant);
                    continue;
                }
                Socket database = new Socket(doelHost, doelPoort);
                open.add(klant);
                open.add(database);
                pijp(klant, database);
                pijp(database, klant);
            } catch (IOException e) {
                // the server socket was closed, or the database refused: the client sees a broken connection
            }
        }
    }

    private void pijp(Socket van, Socket naar) {
        Thread.ofVirtual().start(() -> {
            try (InputStream in = van.getInputStream(); OutputStream uit = naar.getOutputStream()) {
                in.transferTo(uit);
            } catch (IOException e) {
                // connection cut
            } finally {
                sluit(van);
                sluit(naar);
            }
        });
    }

    private static void sluit(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
