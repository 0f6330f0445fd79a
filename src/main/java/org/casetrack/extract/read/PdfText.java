package org.casetrack.extract.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Text of a PDF, page by page: repeated running headers and footers and bare page numbers
 * dropped, words hyphenated at line ends joined, lines joined into paragraphs.
 */
final class PdfText {

    record Result(String text, List<Integer> pageStarts) {
    }

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)\\s*(?:page\\s*)?\\d{1,4}(?:\\s*(?:of|/)\\s*\\d{1,4})?\\s*|\\s*[-\u2013]\\s*\\d{1,4}\\s*[-\u2013]\\s*");

    private PdfText() {
    }

    static boolean looksLikePdf(byte[] b) {
        int limit = Math.min(b.length - 5, 1024);
        for (int i = 0; i <= limit; i++) {
            if (b[i] == '%' && b[i + 1] == 'P' && b[i + 2] == 'D' && b[i + 3] == 'F' && b[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    static Result extract(byte[] bytes, String name) throws ReportReadException {
        List<List<String>> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted()) {
                doc.setAllSecurityToBeRemoved(true);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            int count = doc.getNumberOfPages();
            for (int p = 1; p <= count; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String t = stripper.getText(doc);
                List<String> lines = new ArrayList<>();
                for (String line : t.split("\\r?\\n")) {
                    lines.add(line.strip());
                }
                pages.add(lines);
            }
        } catch (InvalidPasswordException e) {
            throw new ReportReadException(name + " is password-protected; open it without a password first.", e);
        } catch (IOException | RuntimeException e) {
            throw new ReportReadException(name + " is a damaged or truncated PDF and cannot be read.", e);
        }
        if (pages.isEmpty()) {
            throw new ReportReadException(name + " is a PDF without pages.");
        }
        Set<String> running = runningLines(pages);
        StringBuilder sb = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (List<String> lines : pages) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            starts.add(sb.length());
            appendPage(sb, lines, running);
        }
        String text = WebCopyCleaner.normalise(sb.toString());
        if (text.length() != sb.length()) {
            // normalising changed lengths: recompute page starts on the normalised text
            starts = restarts(sb.toString(), starts);
        }
        if (text.isBlank()) {
            throw new ReportReadException(name + " has no text layer (a scanned PDF?); run OCR on it first.");
        }
        return new Result(text, starts);
    }

    private static List<Integer> restarts(String raw, List<Integer> starts) {
        List<Integer> out = new ArrayList<>();
        for (int s : starts) {
            out.add(WebCopyCleaner.normalise(raw.substring(0, s)).length());
        }
        return out;
    }

    /** Lines (digits ignored) that open or close at least half of the pages, on 2+ pages. */
    private static Set<String> runningLines(List<List<String>> pages) {
        Set<String> out = new HashSet<>();
        if (pages.size() < 2) {
            return out;
        }
        Map<String, Integer> seen = new HashMap<>();
        for (List<String> lines : pages) {
            Set<String> edge = new HashSet<>();
            List<String> nonEmpty = lines.stream().filter(l -> !l.isEmpty()).toList();
            for (int i = 0; i < nonEmpty.size(); i++) {
                if (i < 2 || i >= nonEmpty.size() - 2) {
                    edge.add(key(nonEmpty.get(i)));
                }
            }
            for (String k : edge) {
                seen.merge(k, 1, Integer::sum);
            }
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        seen.forEach((k, v) -> {
            if (v >= needed && !k.isBlank()) {
                out.add(k);
            }
        });
        return out;
    }

    private static String key(String line) {
        return line.replaceAll("\\d+", "#").trim();
    }

    private static void appendPage(StringBuilder sb, List<String> lines, Set<String> running) {
        boolean startOfParagraph = true;
        for (String line : lines) {
            if (line.isEmpty()) {
                if (!startOfParagraph) {
                    sb.append("\n\n");
                    startOfParagraph = true;
                }
                continue;
            }
            if (running.contains(key(line)) || PAGE_NUMBER.matcher(line).matches()) {
                continue;
            }
            if (!startOfParagraph) {
                int last = sb.length() - 1;
                char prev = sb.charAt(last);
                if (prev == '-' && last > 0 && Character.isLowerCase(sb.charAt(last - 1))
                        && Character.isLowerCase(line.charAt(0))) {
                    sb.setLength(last); // hyphenated at the line end: join the word
                } else {
                    sb.append(' ');
                }
            }
            sb.append(line);
            startOfParagraph = false;
        }
    }
}
