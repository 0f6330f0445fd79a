package org.casetrack.export;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casetrack.model.Appeal;
import org.casetrack.model.AppealOutcome;
import org.casetrack.model.PartialDate;
import org.casetrack.model.Sentence;
import org.casetrack.model.SentenceKind;
import org.casetrack.model.Sex;
import org.casetrack.model.Term;
import org.casetrack.model.UnRuling;

/**
 * Sentences a lawyer would write, in English or Russian, from structured facts: dates at
 * their precision ("in May 2016", "в мае 2016 года"), terms in words, human labels, lists
 * of names joined with "and", and a plain statement of what is not recorded. All words and
 * patterns come from {@link Words}; this class only chooses among them.
 */
public final class Prose {

    private final Words w;

    public Prose(Lang lang) {
        this.w = Words.of(lang);
    }

    /** Known translations of facts entered in English (none for English letters). */
    Glossary glossary() {
        return Glossary.of(lang());
    }

    public Lang lang() {
        return w.lang();
    }

    Words words() {
        return w;
    }

    // ---- dates ----

    /** "on 7 April 2017", "in May 2016", "in 2016" (ru: "7 апреля 2017 года", "в мае 2016 года", "в 2016 году"). */
    public String on(PartialDate d) {
        return date("on", d);
    }

    /** "7 April 2017", "May 2016", "2016" for a table cell. */
    public String bare(PartialDate d) {
        return date("bare", d);
    }

    /** "from 7 April 2017", "from May 2016". */
    public String from(PartialDate d) {
        return date("from", d);
    }

    public String today(LocalDate d) {
        return w.fmt("today", dateVars(PartialDate.of(d)));
    }

    private String date(String form, PartialDate d) {
        if (d == null) {
            return "";
        }
        String precision = d.day() != null ? "day" : d.month() != null ? "month" : "year";
        return w.fmt("date." + form + "." + precision, dateVars(d));
    }

    private Map<String, String> dateVars(PartialDate d) {
        Map<String, String> v = new HashMap<>();
        v.put("y", Integer.toString(d.year()));
        if (d.month() != null) {
            v.put("month", w.get("month." + d.month()));
            v.put("month_prep", w.first("month.prep." + d.month(), "month." + d.month()));
            v.put("month_nom", w.first("month.nom." + d.month(), "month." + d.month()));
        }
        if (d.day() != null) {
            v.put("d", Integer.toString(d.day()));
        }
        return v;
    }

    // ---- numbers, terms, lists ----

    /** "five" up to twenty, digits above. */
    public String number(int n) {
        String[] words = w.get("number").split(",");
        return n >= 0 && n < words.length ? words[n] : Integer.toString(n);
    }

    /** "one year", "five years", "два года", "пять лет". */
    public String count(int n, String unit) {
        return number(n) + " " + unit(n, unit);
    }

    private String unit(int n, String unit) {
        String base = "unit." + unit + ".";
        if (lang() == Lang.RU) {
            int m10 = n % 10;
            int m100 = n % 100;
            String form = m10 == 1 && m100 != 11 ? "one" : m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14) ? "few" : "many";
            return w.get(base + form);
        }
        return w.get(base + (n == 1 ? "one" : "many"));
    }

    /** "five years and six months", "пять лет и шесть месяцев". */
    public String term(Term t) {
        List<String> parts = new ArrayList<>();
        if (t.years() > 0) {
            parts.add(count(t.years(), "year"));
        }
        if (t.months() > 0) {
            parts.add(count(t.months(), "month"));
        }
        if (t.days() > 0) {
            parts.add(count(t.days(), "day"));
        }
        if (parts.isEmpty()) {
            parts.add(count(0, "day"));
        }
        return join(parts);
    }

    /** "A", "A and B", "A, B and C". */
    public String join(List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(w.get("list.comma"), items.subList(0, items.size() - 1)) + w.get("list.and") + items.get(items.size() - 1);
    }

    // ---- sentences about penalties, appeals, UN decisions ----

    /** "five years of imprisonment" / "лишению свободы сроком на пять лет". */
    public String penalty(Sentence s) {
        Map<String, String> v = new HashMap<>();
        v.put("kind", w.label(s.kind()));
        if (s.kind() == SentenceKind.FINE && s.fineAmount() != null) {
            v.put("amount", amount(s.fineAmount()) + (s.fineCurrency() == null ? "" : " " + s.fineCurrency()));
            return w.fmt("penalty.fine", v);
        }
        if (s.term() == null || s.term().isZero()) {
            return s.kind() == SentenceKind.FINE || s.kind() == SentenceKind.OTHER ? v.get("kind") : w.fmt("penalty.noTerm", v);
        }
        v.put("term", term(s.term()));
        return w.fmt("penalty.term", v);
    }

    private String amount(BigDecimal a) {
        return NumberFormat.getNumberInstance(lang().locale()).format(a);
    }

    /**
     * "On 7 April 2017, the Almaty City Court sentenced Maks Bokaev to five years of imprisonment.",
     * with what is not recorded said plainly, then when the term runs and pre-trial credit.
     */
    public String sentence(Sentence s, String name, Sex sex) {
        Map<String, String> v = new HashMap<>();
        v.put("name", name);
        v.put("penalty", penalty(s));
        v.put("date", on(s.imposed()));
        v.put("court", court(s.court()));
        v.put("sentenced", w.first("sentenced." + sexKey(sex), "sentenced.u", "sentence.full"));
        String key = s.imposed() != null ? (s.court() != null ? "sentence.full" : "sentence.noCourt")
                : (s.court() != null ? "sentence.noDate" : "sentence.none");
        StringBuilder sb = new StringBuilder(cap(w.fmt(key, v)));
        if (s.start() != null) {
            sb.append(' ').append(w.fmt("sentence.start", Map.of("from", from(s.start()))));
        }
        if (s.pretrialDays() != null && s.pretrialDays() > 0) {
            sb.append(' ').append(cap(w.fmt("sentence.pretrial", Map.of("days", count(s.pretrialDays(), "day")))));
        }
        return sb.toString();
    }

    /** One appeal in a sentence or two: who, which court, when, and its outcome (or that it is pending / not recorded). */
    public String appeal(Appeal a, List<String> names) {
        Map<String, String> v = new HashMap<>();
        String level = w.label(a.level());
        v.put("level", level);
        v.put("a_level", (lang() == Lang.EN ? article(level) + " " : "") + level);
        v.put("names", lang() == Lang.RU ? w.fmt(names.size() > 1 ? "appellants.many" : "appellants.one", Map.of("names", join(names)))
                : join(names));
        AppealOutcome o = a.outcome() == null ? AppealOutcome.UNKNOWN : a.outcome();
        if (o == AppealOutcome.PENDING || o == AppealOutcome.UNKNOWN) {
            v.put("court", a.court() == null ? "" : w.fmt("appeal.court", Map.of("court", court(a.court()))));
            v.put("filed", a.filed() == null ? "" : w.fmt("appeal.filedOn", Map.of("date", on(a.filed()))));
            v.put("hearing", a.hearing() == null ? "" : w.fmt("appeal.hearingOn", Map.of("date", on(a.hearing()))));
            return cap(w.fmt(o == AppealOutcome.PENDING ? "appeal.pending" : "appeal.unknown", v));
        }
        v.put("outcome", w.label(o));
        v.put("date", on(a.decision()));
        v.put("court", court(a.court()));
        String key = a.decision() != null ? (a.court() != null ? "appeal.decided" : "appeal.decided.noCourt")
                : (a.court() != null ? "appeal.decided.noDate" : "appeal.decided.none");
        String text = cap(w.fmt(key, v));
        if (a.filed() != null) {
            text += " " + w.fmt("appeal.filed", Map.of("date", on(a.filed())));
        }
        return text;
    }

    /** A UN body's decision and what is known of its follow-up. */
    public String ruling(UnRuling r) {
        Map<String, String> v = new HashMap<>();
        v.put("body", w.label(r.body()));
        v.put("date", r.adopted() == null ? w.get("ruling.noDate") : on(r.adopted()));
        v.put("number", r.communicationNumber() == null ? w.get("ruling.noNumber") : w.fmt("ruling.number", Map.of("number", r.communicationNumber())));
        v.put("articles", r.articles() == null || r.articles().isBlank() ? "" : w.fmt("ruling.articles", Map.of("articles", r.articles().strip())));
        String finding = r.finding() == null ? "unknown" : r.finding().code();
        String text = cap(w.fmt("ruling." + finding, v));
        String follow = r.followUpStatus() == null || r.followUpStatus().isBlank() ? w.get("ruling.noFollowUp")
                : w.fmt("ruling.followUp", Map.of("status", r.followUpStatus().strip()));
        return text + " " + follow;
    }

    /** "the Almaty City Court" (English adds "the" unless the name has an article). */
    String court(String court) {
        if (court == null || court.isBlank()) {
            return w.get("court.a");
        }
        String c = court.strip();
        if (lang() == Lang.EN && (c.toLowerCase().startsWith("the ") || c.toLowerCase().startsWith("a "))) {
            return c;
        }
        return w.fmt("court.the", Map.of("court", c));
    }

    /** A country's name in the letter's language when the word list has it ("Kazakhstan" → "Казахстан"), else as recorded. */
    public String country(String c) {
        if (c == null) {
            return null;
        }
        String key = "country." + c.strip().replace(' ', '_');
        return w.has(key) ? w.get(key) : c.strip();
    }

    /** A marked gap for the drafter to fill in: "[TO BE COMPLETED: the date of arrest]". */
    public String gap(String what) {
        return w.fmt("gap", Map.of("what", what));
    }

    static String sexKey(Sex sex) {
        return sex == Sex.MALE ? "m" : sex == Sex.FEMALE ? "f" : "u";
    }

    private static String article(String noun) {
        return noun.isEmpty() || "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) < 0 ? "a" : "an";
    }

    static String cap(String s) {
        return s == null || s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
