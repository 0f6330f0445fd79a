package org.casetrack.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casetrack.dossier.DossierService;
import org.casetrack.model.Designation;
import org.casetrack.model.DesignationKind;
import org.casetrack.model.Letterhead;
import org.casetrack.model.NameKind;
import org.casetrack.model.PartialDate;
import org.casetrack.store.Database;
import org.casetrack.store.DesignationStore;
import org.casetrack.store.PersonStore;

/**
 * The sample data with what letters need on top (a Cyrillic spelling, designations, a
 * letterhead), and a main that writes every kind of letter in both languages, for looking
 * at the pages: {@code java -cp ... org.casetrack.export.LetterSamples OUT-DIR}.
 */
public final class LetterSamples {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    static final String CASE = "Land-reform protest case (Bokaev and Ayan)";

    private LetterSamples() {
    }

    /** Adds the Cyrillic spellings, two designations and a letterhead to a database with the sample data. */
    static void enrich(Database db) {
        DossierService dossiers = new DossierService(db);
        long bokaev = dossiers.resolvePerson("Maks Bokaev");
        long ayan = dossiers.resolvePerson("Talgat Ayan");
        db.writeVoid(ctx -> {
            new PersonStore(ctx).addName(bokaev, "Макс Бокаев", NameKind.ORIGINAL_SCRIPT);
            new PersonStore(ctx).addName(ayan, "Талгат Аян", NameKind.ORIGINAL_SCRIPT);
            DesignationStore des = new DesignationStore(ctx);
            des.insert(new Designation(null, bokaev, DesignationKind.PRISONER_OF_CONSCIENCE, "Amnesty International", null,
                    PartialDate.ofMonth(2016, 12), null, null, "https://www.amnesty.org/", false));
            des.insert(new Designation(null, ayan, DesignationKind.POLITICAL_PRISONER, "Kazakhstan human rights groups",
                    "the joint list of political prisoners", PartialDate.ofYear(2017), null, null, null, false));
        });
        new SummaryExport(db).saveLetterhead(new Letterhead("Example Rights Group", "12 Sample Street\n1000 Brussels\nBelgium", logo()));
    }

    /** A small generated PNG logo (no file from anywhere else). */
    static byte[] logo() {
        try {
            var img = new java.awt.image.BufferedImage(120, 120, java.awt.image.BufferedImage.TYPE_INT_RGB);
            var g = img.createGraphics();
            g.setColor(new java.awt.Color(0x23, 0x45, 0x67));
            g.fillRect(0, 0, 120, 120);
            g.setColor(java.awt.Color.WHITE);
            g.fillOval(25, 25, 70, 70);
            g.dispose();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            javax.imageio.ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/letters");
        Files.createDirectories(out);
        Path dbDir = Files.createTempDirectory("casetrack-letters");
        try (Database db = TestDatabase.sample(dbDir)) {
            enrich(db);
            SummaryExport export = new SummaryExport(db);
            long caseId = export.resolveCase(CASE);
            List<Path> written = new ArrayList<>();
            for (LetterKind k : LetterKind.values()) {
                for (Lang l : Lang.values()) {
                    LetterOptions o = new LetterOptions(k, l, PageSize.A4, false, null, TODAY);
                    for (ExportFormat f : ExportFormat.values()) {
                        Path file = out.resolve(k.code() + "-" + l.code() + "." + f.name().toLowerCase());
                        Files.write(file, export.render(true, caseId, o, f));
                        written.add(file);
                    }
                }
            }
            long bokaev = new DossierService(db).resolvePerson("Maks Bokaev");
            Files.write(out.resolve("person-summary-en.md"), export.render(false, bokaev,
                    new LetterOptions(LetterKind.SUMMARY, Lang.EN, PageSize.LETTER, false, null, TODAY), ExportFormat.MD));
            Files.write(out.resolve("person-summary-en-letter.pdf"), export.render(false, bokaev,
                    new LetterOptions(LetterKind.SUMMARY, Lang.EN, PageSize.LETTER, false, null, TODAY), ExportFormat.PDF));
            System.out.println("Wrote " + written.size() + " letters to " + out);
        }
    }
}
