package org.casetrack.export;

import java.util.Locale;

/** Paper for letters: A4 (the default) or US Letter, the same in DOCX and PDF. */
public enum PageSize {
    A4(210, 297, 11906, 16838, "A4"), LETTER(215.9, 279.4, 12240, 15840, "letter");

    private final double widthMm;
    private final double heightMm;
    private final int widthTwips;
    private final int heightTwips;
    private final String css;

    PageSize(double widthMm, double heightMm, int widthTwips, int heightTwips, String css) {
        this.widthMm = widthMm;
        this.heightMm = heightMm;
        this.widthTwips = widthTwips;
        this.heightTwips = heightTwips;
        this.css = css;
    }

    public double widthMm() {
        return widthMm;
    }

    public double heightMm() {
        return heightMm;
    }

    /** Width in twentieths of a point, as Word's w:pgSz wants it. */
    public int widthTwips() {
        return widthTwips;
    }

    public int heightTwips() {
        return heightTwips;
    }

    /** The CSS @page size keyword. */
    public String css() {
        return css;
    }

    public static PageSize parse(String s) {
        for (PageSize p : values()) {
            if (p.name().equalsIgnoreCase(s == null ? "" : s.strip())) {
                return p;
            }
        }
        throw new IllegalArgumentException("The page size is a4 or letter, not " + s + ".");
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
