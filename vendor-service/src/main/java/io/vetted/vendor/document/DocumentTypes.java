package io.vetted.vendor.document;

import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;

/** The type of a document read from its first bytes, whatever the uploader declared: PDF, PNG or JPEG only. */
final class DocumentTypes {

    static final String PDF = "application/pdf";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private DocumentTypes() {}

    @Nullable
    static String sniff(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return PDF;
        }
        if (startsWith(content, PNG_MAGIC)) {
            return PNG;
        }
        return startsWith(content, JPEG_MAGIC) ? JPEG : null;
    }

    static String extension(String mediaType) {
        return switch (mediaType) {
            case PDF -> "pdf";
            case PNG -> "png";
            default -> "jpg";
        };
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}
