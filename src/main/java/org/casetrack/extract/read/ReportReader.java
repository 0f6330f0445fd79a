package org.casetrack.extract.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads a report file (plain text, HTML or PDF, told apart by content, not by name) into a
 * {@link ReportText}. Every failure is a {@link ReportReadException} with one plain sentence.
 */
public final class ReportReader {

    /** Files above this size are refused before they are read. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    private ReportReader() {
    }

    public static ReportText read(Path file) throws ReportReadException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long size;
        try {
            if (Files.isDirectory(file)) {
                throw new ReportReadException(name + " is a folder, not a report file.");
            }
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // a named pipe or device would block the reader or never end
                throw new ReportReadException(name + " is not a regular file (a pipe or device?); save the report as a file first.");
            }
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new ReportReadException("There is no file " + file + ".");
        } catch (IOException e) {
            throw new ReportReadException("Cannot read " + name + ": " + e.getMessage() + ".");
        }
        if (size > MAX_BYTES) {
            throw new ReportReadException(name + " is too large (" + (size / (1024 * 1024))
                    + " MB); reports up to " + (MAX_BYTES / (1024 * 1024)) + " MB can be read.");
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw new ReportReadException("Cannot read " + name + ": " + e.getMessage() + ".");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ReportReadException(name + " is too large; reports up to "
                    + (MAX_BYTES / (1024 * 1024)) + " MB can be read.");
        }
        return read(bytes, name);
    }

    /** Reads bytes; the name only helps with messages and with telling HTML from text. */
    public static ReportText read(byte[] bytes, String name) throws ReportReadException {
        if (bytes.length == 0) {
            throw new ReportReadException(name + " is empty.");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (PdfText.looksLikePdf(bytes)) {
            PdfText.Result pdf = PdfText.extract(bytes, name);
            return finish(ReportText.of(pdf.text(), "pdf", pdf.pageStarts()), name);
        }
        if (lower.endsWith(".pdf")) {
            throw new ReportReadException(name + " is not a PDF file although its name says so.");
        }
        String text = TextDecoding.decode(bytes, name);
        if (HtmlText.looksLikeHtml(text, lower)) {
            return finish(ReportText.of(HtmlText.extract(text), "html", List.of()), name);
        }
        return finish(ReportText.of(text, "text", List.of()), name);
    }

    private static ReportText finish(ReportText r, String name) throws ReportReadException {
        if (r.text().isBlank()) {
            throw new ReportReadException(name + " contains no readable text.");
        }
        if (r.periodYear() == null) {
            Integer year = FileNameYear.of(name);
            if (year != null) {
                return new ReportText(r.text(), r.format(), r.pageStarts(), r.bodyStart(), r.bodyEnd(),
                        r.title(), r.publisher(), r.country(), year);
            }
        }
        return r;
    }
}
