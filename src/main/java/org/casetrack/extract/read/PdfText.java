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

    /** More pages than this are refused: no country report is that long, a bomb or a book may be. */
    static final int MAX_PAGES = 2000;
    /** More text than this (characters, after extraction) is refused. */
    static final int MAX_CHARS = 20 * 1024 * 1024;

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
        return extract(bytes, name, MAX_PAGES, MAX_CHARS);
    }

    static Result extract(byte[] bytes, String name, int maxPages, int maxChars) throws ReportReadException {
        List<List<String>> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted()) {
                doc.setAllSecurityToBeRemoved(true);
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            int count = doc.getNumberOfPages();
            if (count > maxPages) {
                throw new ReportReadException(name + " has " + count + " pages; reports up to " + maxPages + " pages can be read.");
            }
            long chars = 0;
            for (int p = 1; p <= count; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String t = stripper.getText(doc);
                chars += t.length();
                if (chars > maxChars) {
                    throw new ReportReadException(name + " expands to more than " + maxChars
                            + " characters of text; split it into smaller reports.");
                }
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
            StringBuilder page = new StringBuilder();
            appendPage(page, lines, running);
            // the same repairs as for text: spaces, and headings glued to sentences
            String p = WebCopyCleaner.splitGluedHeadings(WebCopyCleaner.normalise(page.toString())).strip();
            if (sb.length() > 0) {
                char last = sb.charAt(sb.length() - 1);
                // a page that ends mid-sentence continues on the next one
                boolean continues = !p.isEmpty() && ".!?:\"\u201D\n".indexOf(last) < 0;
                if (continues && last == '-' && sb.length() > 1 && Character.isLowerCase(sb.charAt(sb.length() - 2))) {
                    sb.setLength(sb.length() - 1); // a word hyphenated across the page break
                } else {
                    sb.append(continues ? " " : "\n\n");
                }
            }
            starts.add(sb.length());
            sb.append(p);
        }
        String text = sb.toString();
        if (text.isBlank()) {
            throw new ReportReadException(name + " has no text layer (a scanned PDF?); run OCR on it first.");
        }
        return new Result(text, starts);
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

    /**
     * Joins the lines of a page into paragraphs: a line that ends a sentence well short of the
     * page's usual width ends its paragraph, and so does a short line without punctuation (a
     * heading); a word hyphenated at the line end is joined.
     */
    private static void appendPage(StringBuilder sb, List<String> lines, Set<String> running) {
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            if (line.isEmpty() || !(running.contains(key(line)) || PAGE_NUMBER.matcher(line).matches())) {
                kept.add(line);
            }
        }
        // the usual line width: the upper quartile, so that a few over-long lines do not count
        int[] lengths = kept.stream().filter(l -> !l.isEmpty()).mapToInt(String::length).sorted().toArray();
        int width = lengths.length == 0 ? 0 : lengths[lengths.length * 3 / 4];
        boolean startOfParagraph = true;
        for (int i = 0; i < kept.size(); i++) {
            String line = kept.get(i);
            if (line.isEmpty()) {
                if (!startOfParagraph) {
                    sb.append("\n\n");
                    startOfParagraph = true;
                }
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
            char end = line.charAt(line.length() - 1);
            boolean sentenceEnd = ".!?:\"\u201D".indexOf(end) >= 0;
            boolean nextCapital = i + 1 < kept.size() && !kept.get(i + 1).isEmpty()
                    && Character.isUpperCase(kept.get(i + 1).charAt(0));
            if ((sentenceEnd && line.length() < width * 0.85) || (!sentenceEnd && nextCapital && line.length() < width * 0.6)) {
                sb.append("\n\n");
                startOfParagraph = true;
            }
        }
    }
}
