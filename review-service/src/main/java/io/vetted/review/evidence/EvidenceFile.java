package io.vetted.review.evidence;

import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;

/** What an uploaded file is, by its first bytes; the name and declared type are not believed. */
final class EvidenceFile {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private EvidenceFile() {}

    /** application/pdf, image/png or image/jpeg; null for anything else. */
    @Nullable
    static String contentType(byte[] content) {
        if (startsWith(content, PDF)) {
            return "application/pdf";
        }
        if (startsWith(content, PNG)) {
            return "image/png";
        }
        if (startsWith(content, JPEG)) {
            return "image/jpeg";
        }
        return null;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
