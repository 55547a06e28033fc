package io.vetted.seed.bulk;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * The one password every seeded account shares, hashed once with identity-service's encoder
 * settings (Argon2id, 16-byte salt, 32-byte hash, parallelism 1, 19 MiB, 2 iterations: see its
 * PasswordHasher) so identity-service verifies it like any other.
 */
final class AccountPassword {

    private AccountPassword() {}

    static String readOrCreate(Path file) throws IOException {
        if (Files.exists(file)) {
            String password = Files.readString(file).strip();
            if (password.length() < 12) {
                throw new BulkSeedException(file + " holds a password shorter than 12 characters");
            }
            return password;
        }
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Files.createDirectories(file.toAbsolutePath().getParent());
        // readable by its owner only from the moment it exists, where the file system has POSIX modes
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.writeString(file, password + "\n");
        return password;
    }

    static String hash(String password) {
        return new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2).encode(password);
    }
}
