package org.casetrack.ui.person;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.casetrack.dossier.PersonDossier;
import org.casetrack.model.Appeal;
import org.casetrack.model.CaseFile;
import org.casetrack.model.Event;
import org.casetrack.model.FactType;
import org.casetrack.model.NameKind;
import org.casetrack.model.Person;
import org.casetrack.model.PersonName;
import org.casetrack.model.Sentence;
import org.casetrack.model.UnRuling;
import org.casetrack.ui.app.AppContext;
import org.casetrack.ui.export.ExportDialog;
import org.casetrack.ui.app.View;
import org.casetrack.ui.common.Cards;
import org.casetrack.ui.common.DetailPage;
import org.casetrack.ui.common.I18n;
import org.casetrack.ui.common.Labels;
import org.casetrack.ui.common.TermText;
import org.casetrack.ui.control.PartialDates;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** One person: names, roles, status, chronology, cases, sentences, appeals, UN rulings, with sources. */
public final class PersonView implements View {

    private final PersonViewModel vm;
    private final AppContext ctx;
    private final DetailPage page;

    public PersonView(AppContext ctx, long personId) {
        this.vm = new PersonViewModel(ctx, personId);
        this.ctx = ctx;
        this.page = new DetailPage("person-view", vm.problemProperty());
        vm.dossierProperty().addListener((o, a, d) -> render(d));
    }

    public PersonViewModel viewModel() {
        return vm;
    }

    @Override
    public Node root() {
        return page.root();
    }

    @Override
    public void onShow() {
        vm.load();
    }

    private Locale locale() {
        return I18n.locale();
    }

    private static String date(org.casetrack.model.PartialDate d) {
        return DetailPage.date(d);
    }

    private void render(PersonDossier d) {
        Person p = d.person();
        List<Node> nodes = new ArrayList<>();

        Label name = new Label(p.displayName());
        name.setId("person-name");
        name.getStyleClass().add("page-title");
        name.setWrapText(true);
        Label status = Cards.chip(I18n.label(p.status()), "chip-status-" + p.status().code());
        status.setId("person-status");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button edit = new Button(I18n.tr("action.edit"), new FontIcon(MaterialDesignP.PENCIL));
        edit.setId("person-edit");
        edit.setOnAction(e -> vm.editPerson());
        Button delete = new Button(I18n.tr("action.delete"), new FontIcon(MaterialDesignD.DELETE));
        delete.setId("person-delete");
        delete.getStyleClass().addAll("danger", "button-outlined");
        delete.setOnAction(e -> vm.deletePerson());
        Button export = new Button(I18n.tr("action.export"), new FontIcon(MaterialDesignF.FILE_EXPORT_OUTLINE));
        export.setId("person-export");
        export.setOnAction(e -> ExportDialog.forPerson(ctx, p.id(), p.displayName()));
        HBox head = new HBox(12, name, status, spacer, export, edit, delete);
        head.setAlignment(Pos.CENTER_LEFT);
        nodes.add(head);

        GridPane info = new GridPane();
        info.setHgap(16);
        info.setVgap(6);
        int r = 0;
        r = row(info, r, "field.person.roles", Labels.orDash(Labels.enums(p.roles())), "person-roles");
        r = row(info, r, "field.person.place", Labels.orDash(p.placeOfDetention()), "person-place");
        r = row(info, r, "field.person.country", Labels.orDash(p.country()), "person-country");
        r = row(info, r, "field.person.birthYear", p.birthYear() == null ? "—" : p.birthYear().toString(), null);
        row(info, r, "field.person.sex", I18n.label(p.sex()), null);
        nodes.add(info);
        if (p.notes() != null && !p.notes().isBlank()) {
            Label notes = new Label(p.notes());
            notes.setWrapText(true);
            nodes.add(notes);
        }
        nodes.add(Cards.sources(vm.evidence(FactType.PERSON, p.id()), vm::documentTitle, vm::openSource));

        nodes.add(Cards.section("person.names", "add-name", vm::addName));
        FlowPane names = new FlowPane(8, 6);
        names.setId("person-names");
        for (PersonName n : d.names()) {
            Label chip = Cards.chip(n.name() + (n.kind() == NameKind.PRIMARY ? "" : "  · " + I18n.label(n.kind())), null);
            if (n.kind() != NameKind.PRIMARY) {
                Button x = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
                x.getStyleClass().addAll("button-icon", "flat", "small");
                x.setTooltip(new Tooltip(I18n.tr("action.removeName")));
                x.setOnAction(e -> vm.removeName(n));
                Button change = new Button(null, new FontIcon(org.kordamp.ikonli.materialdesign2.MaterialDesignP.PENCIL));
                change.getStyleClass().addAll("button-icon", "flat", "small");
                change.setId("edit-name-" + n.id());
                change.setTooltip(new Tooltip(I18n.tr("action.editName")));
                change.setOnAction(e -> vm.editName(n));
                HBox box = new HBox(2, chip, change, x);
                box.setAlignment(Pos.CENTER_LEFT);
                names.getChildren().add(box);
            } else {
                names.getChildren().add(chip);
            }
        }
        nodes.add(names);
        nodes.add(new DesignationsSection(new DesignationsViewModel(ctx.db(), ctx.runner(), p.id(), DesignationsSection.texts(locale())),
                DesignationsSection.texts(locale())).node());

        nodes.add(Cards.section("person.cases", null, null));
        if (d.cases().isEmpty()) {
            nodes.add(Cards.muted(I18n.tr("person.noCases")));
        }
        for (CaseFile c : d.cases()) {
            Hyperlink link = new Hyperlink(c.title());
            link.setId("case-link-" + c.id());
            link.setOnAction(e -> vm.openCase(c.id()));
            String roles = d.parties().stream().filter(pt -> pt.caseId() == c.id() && pt.personId() == p.id())
                    .map(pt -> I18n.label(pt.role())).distinct().reduce((a, b) -> a + ", " + b).orElse("");
            HBox row = new HBox(8, link, Cards.muted(roles + (c.caseNumber() == null ? "" : " · " + c.caseNumber())
                    + " · " + I18n.label(c.status())));
            row.setAlignment(Pos.CENTER_LEFT);
            nodes.add(row);
        }

        nodes.add(Cards.section("person.chronology", "add-event", vm::addEvent));
        List<Event> events = vm.chronology();
        if (events.isEmpty()) {
            nodes.add(Cards.muted(I18n.tr("person.noEvents")));
        }
        for (Event e : events) {
            List<String> details = new ArrayList<>();
            details.add(join(e.place(), e.country()));
            if (e.caseId() != null) {
                details.add(I18n.tr("fact.case", vm.caseTitle(e.caseId())));
            }
            nodes.add(Cards.fact("event-" + e.id(), date(e.date()) + " — " + I18n.label(e.type()) + ": " + e.summary(), details,
                    Cards.sources(vm.evidence(FactType.EVENT, e.id()), vm::documentTitle, vm::openSource),
                    () -> vm.editEvent(e), () -> vm.deleteEvent(e)));
        }

        nodes.add(Cards.section("person.sentences", "add-sentence", vm::addSentence));
        if (d.sentences().isEmpty()) {
            nodes.add(Cards.muted(I18n.tr("person.noSentences")));
        }
        for (Sentence s : d.sentences()) {
            nodes.add(Cards.fact("sentence-" + s.id(), sentenceTitle(s), sentenceDetails(s),
                    Cards.sources(vm.evidence(FactType.SENTENCE, s.id()), vm::documentTitle, vm::openSource),
                    () -> vm.editSentence(s), () -> vm.deleteSentence(s)));
        }

        nodes.add(Cards.section("person.appeals", "add-appeal", vm::addAppeal));
        if (d.appeals().isEmpty()) {
            nodes.add(Cards.muted(I18n.tr("person.noAppeals")));
        }
        for (Appeal a : d.appeals()) {
            List<String> details = new ArrayList<>();
            details.add(a.court());
            details.add(I18n.tr("fact.appeal.dates", date(a.filed()), date(a.hearing()), date(a.decision())));
            if (a.personIds().size() > 1) {
                details.add(I18n.tr("fact.appeal.with", a.personIds().stream().filter(id -> id != p.id())
                        .map(vm::personName).reduce((x, y) -> x + ", " + y).orElse("")));
            }
            if (a.caseId() != null) {
                details.add(I18n.tr("fact.case", vm.caseTitle(a.caseId())));
            }
            details.add(a.notes());
            nodes.add(Cards.fact("appeal-" + a.id(), I18n.label(a.level()) + " — " + I18n.label(a.outcome()), details,
                    Cards.sources(vm.evidence(FactType.APPEAL, a.id()), vm::documentTitle, vm::openSource),
                    () -> vm.editAppeal(a), () -> vm.deleteAppeal(a)));
        }

        nodes.add(Cards.section("person.rulings", "add-ruling", vm::addRuling));
        if (d.rulings().isEmpty()) {
            nodes.add(Cards.muted(I18n.tr("person.noRulings")));
        }
        for (UnRuling u : d.rulings()) {
            List<String> details = new ArrayList<>();
            details.add(u.body().fullName() + (u.communicationNumber() == null ? "" : " · " + I18n.tr("fact.ruling.number", u.communicationNumber())));
            details.add(I18n.tr("fact.ruling.adopted", date(u.adopted())));
            if (u.articles() != null) {
                details.add(I18n.tr("fact.ruling.articles", u.articles()));
            }
            if (u.followUpStatus() != null) {
                details.add(I18n.tr("fact.ruling.followUp", u.followUpStatus()));
            }
            details.add(u.notes());
            nodes.add(Cards.fact("ruling-" + u.id(), u.body().name() + " — " + I18n.label(u.finding()), details,
                    Cards.sources(vm.evidence(FactType.UN_RULING, u.id()), vm::documentTitle, vm::openSource),
                    () -> vm.editRuling(u), () -> vm.deleteRuling(u)));
        }
        page.show(nodes);
    }

    private String sentenceTitle(Sentence s) {
        String t = I18n.label(s.kind());
        if (s.term() != null) {
            t += ", " + TermText.describe(s.term());
        }
        if (s.fineAmount() != null) {
            t += ", " + s.fineAmount().toPlainString() + (s.fineCurrency() == null ? "" : " " + s.fineCurrency());
        }
        return t;
    }

    /** "Imposed 2016 by the X court", or only what is known; null when neither is (never "date unknown by —"). */
    static String imposedLine(Sentence s) {
        boolean court = s.court() != null && !s.court().isBlank();
        if (s.imposed() != null && court) {
            return I18n.tr("fact.sentence.imposed", date(s.imposed()), s.court().strip());
        }
        if (s.imposed() != null) {
            return I18n.tr("fact.sentence.imposedOn", date(s.imposed()));
        }
        return court ? I18n.tr("fact.sentence.imposedBy", s.court().strip()) : null;
    }

    private List<String> sentenceDetails(Sentence s) {
        List<String> out = new ArrayList<>();
        String imposed = imposedLine(s);
        if (imposed != null) {
            out.add(imposed);
        }
        if (s.start() != null) {
            out.add(I18n.tr("fact.sentence.start", date(s.start())));
        }
        if (s.pretrialDays() != null) {
            out.add(I18n.tr("fact.sentence.pretrial", s.pretrialDays()));
        }
        PartialDates.EndWindow end = PartialDates.sentenceEnd(s.start(), s.term(), s.pretrialDays());
        if (end != null) {
            out.add(I18n.tr(end.exact() ? "fact.sentence.end" : "fact.sentence.endWindow", end.format(locale())));
        } else if (s.term() != null) {
            out.add(I18n.tr("fact.sentence.endUnknown"));
        }
        if (s.caseId() != null) {
            out.add(I18n.tr("fact.case", vm.caseTitle(s.caseId())));
        }
        out.add(s.notes());
        return out;
    }

    private static String join(String a, String b) {
        if (a == null) {
            return b;
        }
        return b == null ? a : a + ", " + b;
    }

    private static int row(GridPane g, int r, String key, String value, String id) {
        Label k = new Label(I18n.tr(key));
        k.getStyleClass().add("muted");
        Label v = new Label(value);
        v.setWrapText(true);
        if (id != null) {
            v.setId(id);
        }
        g.add(k, 0, r);
        g.add(v, 1, r);
        return r + 1;
    }
}
