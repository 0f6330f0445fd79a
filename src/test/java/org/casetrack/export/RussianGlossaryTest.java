package org.casetrack.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.casetrack.dossier.DossierService;
import org.casetrack.model.Charge;
import org.casetrack.model.Designation;
import org.casetrack.model.DesignationKind;
import org.casetrack.model.PartialDate;
import org.casetrack.model.Person;
import org.casetrack.store.CaseStore;
import org.casetrack.store.Database;
import org.casetrack.store.DesignationStore;
import org.casetrack.store.PersonStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: in a Russian letter, facts entered in English that the glossary knows (charges,
 * designating bodies, list names, kinds of places) are in Russian; free text stays as entered.
 */
@org.casetrack.store.OnBothDatabases
class RussianGlossaryTest {

    @org.junit.jupiter.params.Parameter
    org.casetrack.store.TestBackend backend;

    static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @TempDir
    Path dir;

    @Test
    void theGlossaryTranslatesWholeFactsAndLeadingPlaceKindsOnly() {
        Glossary ru = Glossary.of(Lang.RU);
        assertThat(ru.term("Inciting  Social Discord")).isEqualTo("возбуждение социальной розни");
        assertThat(ru.term("inciting social discord by posting cartoons")).isEqualTo("inciting social discord by posting cartoons");
        assertThat(ru.genitive("Memorial Human Rights Centre")).isEqualTo("Правозащитного центра «Мемориал»");
        assertThat(ru.genitive("Amnesty International")).isEqualTo("Amnesty International");
        assertThat(ru.place("penal colony No. 3, Pavlodar")).isEqualTo("исправительная колония № 3, Pavlodar");
        assertThat(ru.place("Medium security penal colony, Aktobe")).isEqualTo("исправительная колония среднего режима, Aktobe");
        assertThat(ru.place("penal colonyville farm")).isEqualTo("penal colonyville farm");
        assertThat(ru.place("the old fortress")).isEqualTo("the old fortress");
        Glossary en = Glossary.of(Lang.EN);
        assertThat(en.term("inciting social discord")).isEqualTo("inciting social discord");
        assertThat(en.place("penal colony No. 3, Pavlodar")).isEqualTo("penal colony No. 3, Pavlodar");
    }

    @Test
    void aRussianLetterUsesTheRussianOfKnownFactsAndKeepsTheRest() {
        try (Database db = TestDatabase.sample(backend, dir)) {
            long bokaev = new DossierService(db).resolvePerson("Maks Bokaev");
            db.writeVoid(ctx -> {
                PersonStore persons = new PersonStore(ctx);
                Person p = persons.get(bokaev).orElseThrow();
                persons.update(new Person(p.id(), p.displayName(), p.givenName(), p.familyName(), p.sex(), p.birthYear(), p.roles(),
                        p.status(), "penal colony No. 3, Pavlodar", p.country(), p.notes(), p.confidential()));
                CaseStore cases = new CaseStore(ctx);
                long caseId = cases.casesOf(bokaev).get(0).id();
                cases.insertCharge(new Charge(null, caseId, bokaev, null, "posting satirical cartoons"));
                DesignationStore des = new DesignationStore(ctx);
                des.insert(new Designation(null, bokaev, DesignationKind.PRISONER_OF_CONSCIENCE, "Memorial Human Rights Centre", null,
                        PartialDate.ofMonth(2017, 3), null, null, null, false));
                des.insert(new Designation(null, bokaev, DesignationKind.POLITICAL_PRISONER, "Viasna Human Rights Centre",
                        "the list of political prisoners", PartialDate.ofYear(2017), null, null, null, false));
                des.insert(new Designation(null, bokaev, DesignationKind.POLITICAL_PRISONER, "Testland Helsinki Group", null,
                        null, null, null, null, false));
            });
            LetterOptions ru = new LetterOptions(LetterKind.SUMMARY, Lang.RU, PageSize.A4, false, null, TODAY);
            String md = new String(new SummaryExport(db).render(false, bokaev, ru, ExportFormat.MD), StandardCharsets.UTF_8);
            List<String> lines = Arrays.stream(md.split("\n")).map(String::strip).toList();
            assertThat(lines).as(md).contains(
                    // a kind of place translated, the town as entered
                    "Maks Bokaev (другие написания имени: Maks Bokayev, Max Bokaev) — общественный активист и правозащитник "
                            + "(Казахстан). Он отбывает наказание в виде лишения свободы; место содержания: исправительная "
                            + "колония № 3, Pavlodar.[^1],[^2]",
                    // a list and its keeper, a body in the genitive after "По оценке", an unknown body as entered
                    "Maks Bokaev значится политическим заключённым в перечне: список политических заключённых "
                            + "(Правозащитный центр «Весна») (в 2017 году).",
                    "По оценке Правозащитного центра «Мемориал» (в марте 2017 года), Maks Bokaev является узником совести.",
                    "По оценке Testland Helsinki Group, Maks Bokaev является политическим заключённым.",
                    // known charges in Russian, free text as entered
                    "- Нарушение законодательства о мирных собраниях",
                    "- Возбуждение национальной розни",
                    "- Распространение заведомо ложной информации",
                    "- Posting satirical cartoons");
            assertThat(md).doesNotContain("inciting national discord").doesNotContain("colony No. 3");

            LetterOptions en = new LetterOptions(LetterKind.SUMMARY, Lang.EN, PageSize.A4, false, null, TODAY);
            String english = new String(new SummaryExport(db).render(false, bokaev, en, ExportFormat.MD), StandardCharsets.UTF_8);
            assertThat(english).contains("Memorial Human Rights Centre recognised Maks Bokaev as a prisoner of conscience in March 2017")
                    .contains("penal colony No. 3, Pavlodar").contains("Posting satirical cartoons");
        }
    }
}
