package org.casetrack.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casetrack.export.LetterDocument.Block;
import org.casetrack.export.LetterDocument.Lines;
import org.casetrack.export.LetterDocument.Para;
import org.casetrack.export.LetterDocument.Style;
import org.casetrack.model.Letterhead;
import org.casetrack.model.Person;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.Sex;

/**
 * A whole letter: the template's frame (date, recipient, subject, salutation, opening,
 * the ask, closing, signature) around the facts, or for {@link LetterKind#WGAD} the
 * Working Group's questionnaire; then the numbering of its footnotes.
 */
public final class LetterBuilder {

    private LetterBuilder() {
    }

    public static LetterDocument build(LetterFacts facts, LetterOptions o, Letterhead head) {
        return build(facts, o, o.letterTemplate(), head);
    }

    public static LetterDocument build(LetterFacts facts, LetterOptions o, LetterTemplate t, Letterhead head) {
        Prose prose = new Prose(o.lang());
        Citations cites = new Citations();
        FactBlocks fb = new FactBlocks(facts, prose, cites, o.includeConfidential());
        Map<String, String> vars = vars(facts, fb, prose, o, head);
        String form = form(fb);
        String status = status(fb);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Para(vars.get("date")));
        blocks.add(new Lines(lines(t.fill(t.variant("recipient", status, form), vars))));
        String subject = t.fill(t.variant("subject", status, form), vars);
        blocks.add(new Para(subject, List.of(), Style.STRONG));
        if (o.kind() == LetterKind.WGAD) {
            blocks.addAll(new WgadDraft(facts, fb, prose, t, vars, head, o.today()).blocks());
        } else {
            blocks.add(new Para(t.fill(t.variant("salutation", status, form), vars)));
            paragraphs(blocks, t.fill(t.variant("opening", status, form), vars));
            blocks.addAll(fb.body());
            if (t.has("legal")) {
                paragraphs(blocks, t.fill(t.variant("legal", status, form), vars));
            }
            paragraphs(blocks, t.fill(t.variant("ask", status, form), vars));
            paragraphs(blocks, t.fill(t.variant("closing", status, form), vars));
            blocks.add(new Para(t.fill("signoff", vars)));
            blocks.add(new Lines(lines(t.fill("signature", vars))));
        }
        return cites.finish(o.lang(), o.page(), head == null ? Letterhead.NONE : head, subject, blocks);
    }

    private static Map<String, String> vars(LetterFacts facts, FactBlocks fb, Prose prose, LetterOptions o, Letterhead head) {
        Map<String, String> v = new HashMap<>();
        List<String> names = fb.names();
        Person first = fb.persons().isEmpty() ? null : fb.persons().get(0).dossier().person();
        String persons = prose.join(names);
        v.put("persons", persons);
        v.put("person", persons);
        v.put("subject", facts.isCase() ? facts.caseFile().title() : persons);
        String country = first != null && first.country() != null ? first.country()
                : facts.isCase() && facts.caseFile().country() != null ? facts.caseFile().country() : prose.words().get("country.unknown");
        v.put("country", prose.country(country));
        v.put("case", facts.isCase() ? facts.caseFile().title() : String.join("; ",
                fb.persons().get(0).dossier().cases().stream().filter(c -> o.includeConfidential() || !c.confidential()).map(c -> c.title()).toList()));
        v.put("date", prose.today(o.today()));
        v.put("status", first == null ? "" : prose.words().label(first.status() == null ? PersonStatus.UNKNOWN : first.status(), first.sex() == Sex.FEMALE));
        v.put("place_of_detention", first == null || first.placeOfDetention() == null ? ""
                : prose.glossary().place(first.placeOfDetention()));
        v.put("is", names.size() > 1 ? "are" : "is");
        v.put("has", names.size() > 1 ? "have" : "has");
        v.put("organisation", head == null || head.organisation().isBlank() ? prose.gap(prose.words().get("gap.organisation")) : head.organisation());
        return v;
    }

    /** "many" for several people, else "f"/"m" by sex, else "u". */
    static String form(FactBlocks fb) {
        if (fb.persons().size() > 1) {
            return "many";
        }
        return fb.persons().isEmpty() ? "u" : Prose.sexKey(fb.persons().get(0).dossier().person().sex());
    }

    /** The status code when every person shares it, else null. */
    static String status(FactBlocks fb) {
        List<PersonStatus> all = fb.persons().stream().map(p -> p.dossier().person().status()).distinct().toList();
        return all.size() == 1 && all.get(0) != null ? all.get(0).code() : null;
    }

    /** Template text split into paragraphs at blank lines ("\n\n"). */
    private static void paragraphs(List<Block> out, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (String p : text.split("\\R\\s*\\R")) {
            if (!p.isBlank()) {
                out.add(new Para(p.strip()));
            }
        }
    }

    static List<String> lines(String s) {
        return s == null || s.isBlank() ? List.of() : List.of(s.split("\\R"));
    }
}
