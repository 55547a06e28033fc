package io.vetted.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Application class-data sharing for the services tests start: the first start of a jar records the
 * classes it loaded (written when it stops), and later starts map that archive instead of loading
 * and verifying the same classes again, which halves a service's start-up on this build's machines
 * (CI time: every platform test class starts four services). The archive is named after the jar's
 * timestamp, so a rebuilt jar records a new one; a JVM that cannot use an archive simply ignores it.
 */
final class ClassDataArchive {

    private static final Map<Path, Recording> RECORDING = new HashMap<>();

    private ClassDataArchive() {}

    static synchronized List<String> options(ServiceProcess service) {
        Path archive = archive(service);
        if (Files.isRegularFile(archive)) {
            return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off");
        }
        if (RECORDING.containsKey(archive)) {
            return List.of();
        }
        // a name of its own while written: another test JVM may be recording the same jar
        Path partial = archive.resolveSibling(
                archive.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        RECORDING.put(archive, new Recording(service, partial));
        return List.of("-XX:ArchiveClassesAtExit=" + partial);
    }

    /** Publishes the archive a stopped service recorded, whole or not at all. */
    static synchronized void stopped(ServiceProcess service) {
        Path archive = archive(service);
        Recording recording = RECORDING.get(archive);
        if (recording == null || recording.by() != service) {
            return;
        }
        Path partial = recording.partial();
        if (!Files.isRegularFile(partial)) {
            // not written (the service died): the next start records again
            RECORDING.remove(archive);
            return;
        }
        try {
            Files.move(partial, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Recording(ServiceProcess by, Path partial) {}

    private static Path archive(ServiceProcess service) {
        try {
            long built = Files.getLastModifiedTime(service.jar()).toMillis();
            return service.jar().resolveSibling(service.name() + "-" + built + ".jsa");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
