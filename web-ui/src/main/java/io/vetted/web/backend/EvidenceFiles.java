package io.vetted.web.backend;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.multipart.CompletedFileUpload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The evidence the site accepts (what the services accept): PDF, PNG or JPEG, read from the first
 * bytes rather than from the file's name, 5 MB at most.
 */
public final class EvidenceFiles {

    public static final long MAX_BYTES = 5L * 1024 * 1024;

    private EvidenceFiles() {}

    /** The uploaded bytes; none when no file was chosen. */
    public static byte[] read(@Nullable CompletedFileUpload file) {
        if (file == null || file.getSize() == 0) {
            return new byte[0];
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Why {@code content} cannot be sent as evidence, as the end of a message key: {@code fileMissing},
     * {@code fileTooLarge} or {@code fileType}; empty when it can.
     */
    public static Optional<String> problem(byte[] content) {
        if (content.length == 0) {
            return Optional.of("fileMissing");
        }
        if (content.length > MAX_BYTES) {
            return Optional.of("fileTooLarge");
        }
        return type(content).isEmpty() ? Optional.of("fileType") : Optional.empty();
    }

    /** The media type of {@code content}, or empty when it is none of the three. */
    public static Optional<String> type(byte[] content) {
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Optional.of("application/pdf");
        }
        if (startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
