package org.casetrack.export;

/** What a logo image is, from its first bytes: PNG or JPEG (the two formats a letterhead accepts). */
public final class Logos {

    private Logos() {
    }

    public static boolean isPng(byte[] b) {
        return b != null && b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    public static boolean isJpeg(byte[] b) {
        return b != null && b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8;
    }

    /** The bytes of a PNG or JPEG file, or empty when the file cannot be read or is not such an image. */
    public static java.util.Optional<byte[]> read(java.nio.file.Path file) {
        try {
            byte[] b = java.nio.file.Files.readAllBytes(file);
            return supported(b) ? java.util.Optional.of(b) : java.util.Optional.empty();
        } catch (java.io.IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    public static boolean supported(byte[] b) {
        return isPng(b) || isJpeg(b);
    }

    static String mime(byte[] b) {
        return isJpeg(b) ? "image/jpeg" : "image/png";
    }

    /** Width and height in pixels, read from the header (PNG IHDR or the JPEG SOF marker); {1, 1} when unreadable. */
    static int[] size(byte[] b) {
        if (isPng(b) && b.length >= 24) {
            return new int[] {readInt(b, 16), readInt(b, 20)};
        }
        if (isJpeg(b)) {
            int i = 2;
            while (i + 9 < b.length) {
                if ((b[i] & 0xFF) != 0xFF) {
                    i++;
                    continue;
                }
                int marker = b[i + 1] & 0xFF;
                int len = ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
                if (marker >= 0xC0 && marker <= 0xC3) {
                    return new int[] {((b[i + 7] & 0xFF) << 8) | (b[i + 8] & 0xFF), ((b[i + 5] & 0xFF) << 8) | (b[i + 6] & 0xFF)};
                }
                i += 2 + len;
            }
        }
        return new int[] {1, 1};
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
