package io.vetted.support.secrets;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets for local runs: generated once into {@code $VETTED_HOME/secrets} (default
 * {@code ~/.vetted}), never in the repository. Services on one machine (or sharing one volume)
 * read the same files, so they agree without configuration. Deployments pass secrets through
 * the environment instead; callers only come here when that value is blank.
 */
@Singleton
public class LocalSecrets {

    private static final Logger LOG = LoggerFactory.getLogger(LocalSecrets.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;

    public LocalSecrets(@Value("${vetted.home:}") String home) {
        Path base = home.isBlank() ? Path.of(System.getProperty("user.home"), ".vetted") : Path.of(home);
        this.directory = base.resolve("secrets");
    }

    /** The configured value when given, else the local secret {@code name}, created on first use. */
    public String configuredOrLocal(String configured, String name, Supplier<String> generator) {
        return configured != null && !configured.isBlank() ? configured : getOrCreate(name, generator);
    }

    public String getOrCreate(String name, Supplier<String> generator) {
        Path file = directory.resolve(name);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.UTF_8);
            }
            Files.createDirectories(directory);
            Path temp = Files.createTempFile(
                    directory,
                    name,
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temp, generator.get(), StandardCharsets.UTF_8);
            try {
                Files.createLink(file, temp); // atomic and fails if another process got there first
                LOG.info("Generated local secret {}", file);
            } catch (FileAlreadyExistsException raced) {
                // keep theirs
            } finally {
                Files.deleteIfExists(temp);
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create local secret " + file, e);
        }
    }

    public static String randomToken(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(buffer);
    }
}
