package org.casetrack.extract.read;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The article of an HTML page: its headings and paragraphs, without menus, banners and forms. */
final class HtmlText {

    private static final Pattern JUNK_CLASS = Pattern.compile(
            "(?i)(^|[\\s_-])(nav|navbar|menu|cookie|cookies|consent|banner|share|sharing|social|footer|header|"
                    + "breadcrumbs?|sidebar|subscribe|newsletter|related|promo|donate|skip|modal|popup|toolbar|search)([\\s_-]|$)");
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, dd, dt, td, th, pre, figcaption";

    private HtmlText() {
    }

    static boolean looksLikeHtml(String text, String lowerName) {
        if (lowerName.endsWith(".html") || lowerName.endsWith(".htm") || lowerName.endsWith(".xhtml")) {
            return true;
        }
        String start = text.substring(0, Math.min(text.length(), 2048)).stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<?xml")
                && start.contains("<html") || (start.startsWith("<") && start.contains("<body"));
    }

    static String extract(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, template, nav, header, footer, aside, form, button, select, "
                + "input, textarea, iframe, svg, canvas, object, embed, dialog, menu, "
                + "[role=navigation], [role=banner], [role=contentinfo], [role=search], [role=dialog], [aria-hidden=true]")
                .remove();
        for (Element e : doc.getAllElements()) {
            if (e.parent() != null && e != doc.body() && isJunk(e)) {
                e.remove();
            }
        }
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.selectFirst("main, [role=main]");
        }
        if (root == null) {
            root = doc.body();
        }
        StringBuilder sb = new StringBuilder();
        String title = doc.title();
        if (root != null) {
            if (!title.isBlank()) {
                sb.append(title.trim()).append("\n\n"); // "World Report 2019: ... | Human Rights Watch" names year and publisher
            }
            for (Element block : root.select(BLOCKS)) {
                if (block.parents().stream().anyMatch(p -> p.is(BLOCKS))) {
                    continue; // nested block: its text is part of the outer one
                }
                String t = block.text().trim();
                if (!t.isEmpty()) {
                    sb.append(t).append("\n\n");
                }
            }
            if (sb.length() == 0 || sb.toString().equals(title.trim() + "\n\n")) {
                sb.append(root.text());
            }
        }
        return sb.toString();
    }

    private static boolean isJunk(Element e) {
        String marks = e.className() + " " + e.id();
        return !marks.isBlank() && JUNK_CLASS.matcher(marks).find() && !e.is("article, main, body, html");
    }
}
