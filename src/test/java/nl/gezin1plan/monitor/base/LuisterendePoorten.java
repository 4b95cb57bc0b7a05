package nl.gezin1plan.monitor.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The TCP ports this JVM listens on, read from Linux's /proc: its own socket inodes matched to listening sockets. */
final class LuisterendePoorten {

    private static final String LUISTERT = "0A";

    private LuisterendePoorten() {
    }

    static Set<Integer> vanDezeJvm() {
        Set<String> eigenSockets = eigenSocketInodes();
        Set<Integer> poorten = new HashSet<>();
        for (String tabel : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String regel : regels(Path.of(tabel))) {
                String[] velden = regel.trim().split("\\s+");
                if (velden.length > 9 && LUISTERT.equals(velden[3]) && eigenSockets.contains(velden[9])) {
                    String adres = velden[1];
                    poorten.add(Integer.parseInt(adres.substring(adres.lastIndexOf(':') + 1), 16));
                }
            }
        }
        return poorten;
    }

    private static Set<String> eigenSocketInodes() {
        Set<String> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    String doel = Files.readSymbolicLink(fd).toString();
                    if (doel.startsWith("socket:[")) {
                        inodes.add(doel.substring("socket:[".length(), doel.length() - 1));
                    }
                } catch (IOException e) {
                    // closed while we looked
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return inodes;
    }

    private static List<String> regels(Path tabel) {
        try {
            return Files.exists(tabel) ? Files.readAllLines(tabel).stream().skip(1).toList() : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
