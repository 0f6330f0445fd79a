package org.casetrack.extract.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Turns the bytes of a text file into a String: BOMs, UTF-8, UTF-16, Windows-1251/1252. */
final class TextDecoding {

    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final Charset CP1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    static String decode(byte[] b, String name) throws ReportReadException {
        int n = b.length;
        if (n >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return checked(strict(b, 3, StandardCharsets.UTF_8, name), name);
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return checked(strict(b, 2, StandardCharsets.UTF_16LE, name), name);
        }
        if (n >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return checked(strict(b, 2, StandardCharsets.UTF_16BE, name), name);
        }
        Charset utf16 = utf16WithoutBom(b);
        if (utf16 != null) {
            return checked(strict(b, 0, utf16, name), name);
        }
        int nul = 0;
        for (int i = 0; i < Math.min(n, 65536); i++) {
            if (b[i] == 0) {
                nul++;
            }
        }
        if (nul > 0) {
            throw new ReportReadException(name + " is a binary file, not a text report.");
        }
        try {
            return checked(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString(), name);
        } catch (CharacterCodingException e) {
            return checked(new String(b, looksCyrillic(b) ? CP1251 : CP1252), name);
        }
    }

    private static String strict(byte[] b, int offset, Charset cs, String name) throws ReportReadException {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new ReportReadException(name + " is not valid " + cs.displayName() + " text.");
        }
    }

    /** UTF-16 without a BOM: most even (or odd) bytes are zero in Latin-script text. */
    private static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 4096) & ~1;
        if (n < 8) {
            return null;
        }
        int evenZero = 0;
        int oddZero = 0;
        for (int i = 0; i < n; i += 2) {
            if (b[i] == 0) {
                evenZero++;
            }
            if (b[i + 1] == 0) {
                oddZero++;
            }
        }
        int pairs = n / 2;
        if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Cyrillic letters in Windows-1251 sit at 0xC0..0xFF; Latin-1 text uses that range far less. */
    private static boolean looksCyrillic(byte[] b) {
        int high = 0;
        int cyr = 0;
        for (byte x : b) {
            int v = x & 0xFF;
            if (v >= 0x80) {
                high++;
                if (v >= 0xC0) {
                    cyr++;
                }
            }
        }
        int letters = 0;
        for (byte x : b) {
            if ((x >= 'a' && x <= 'z') || (x >= 'A' && x <= 'Z')) {
                letters++;
            }
        }
        return high > 0 && cyr >= high * 0.8 && cyr * 4 >= letters;
    }

    /** Rejects text that is mostly control characters (a binary file in disguise). */
    private static String checked(String s, String name) throws ReportReadException {
        int control = 0;
        int len = Math.min(s.length(), 65536);
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if ((c < ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f') || c == '\uFFFD' || (c >= 0x7F && c < 0xA0 && c != 0x85)) {
                control++;
            }
        }
        if (len > 0 && control > Math.max(2, len / 50)) {
            throw new ReportReadException(name + " is a binary file, not a text report.");
        }
        return s;
    }
}
