package org.casetrack.export;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The letter as PDF through openhtmltopdf, with DejaVu Sans embedded (subset) so Cyrillic
 * and Kazakh names render on any reader. The fonts come from the jasperreports-fonts jar.
 */
public final class PdfRenderer {

    static final String FONT_DIR = "/net/sf/jasperreports/fonts/dejavu/";

    static {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false); // its INFO lines would clutter the CLI's output
    }

    private PdfRenderer() {
    }

    public static byte[] render(LetterDocument letter) {
        String html = HtmlRenderer.render(letter);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder b = new PdfRendererBuilder();
            // the fast renderer is openhtmltopdf's only one since 1.1 (useFastMode is deprecated as a no-op)
            font(b, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
            font(b, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
            font(b, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
            font(b, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
            b.withHtmlContent(html, null);
            b.withProducer("CaseTrack");
            b.toStream(out);
            b.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder b, String file, int weight, FontStyle style) {
        if (PdfRenderer.class.getResource(FONT_DIR + file) == null) {
            throw new IllegalStateException("the bundled font " + file + " is missing from the classpath");
        }
        b.useFont(() -> {
            InputStream in = PdfRenderer.class.getResourceAsStream(FONT_DIR + file);
            return in;
        }, HtmlRenderer.FONT, weight, style, true);
    }
}
