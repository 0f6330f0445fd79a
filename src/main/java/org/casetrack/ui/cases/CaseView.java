package org.casetrack.ui.cases;

import java.util.ArrayList;
import java.util.List;
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
import javafx.scene.layout.VBox;
import org.casetrack.model.Appeal;
import org.casetrack.model.CaseFile;
import org.casetrack.model.CaseParty;
import org.casetrack.model.Charge;
import org.casetrack.model.Event;
import org.casetrack.model.FactType;
import org.casetrack.model.PartialDate;
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
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** One case: parties, charges, the proceedings chain, events and the sources behind them. */
public final class CaseView implements View {

    private final CaseViewModel vm;
    private final AppContext ctx;
    private final DetailPage page;

    public CaseView(AppContext ctx, long caseId) {
        this.vm = new CaseViewModel(ctx, caseId);
        this.ctx = ctx;
        this.page = new DetailPage("case-view", vm.problemProperty());
        vm.dataProperty().addListener((o, a, d) -> render(d));
    }

    public CaseViewModel viewModel() {
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

    private static String date(org.casetrack.model.PartialDate d) {
        return DetailPage.date(d);
    }

    private void render(CaseViewModel.CaseData d) {
        CaseFile c = d.caseFile();
        List<Node> nodes = new ArrayList<>();
        Label title = new Label(c.title());
        title.setId("case-title");
        title.getStyleClass().add("page-title");
        title.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button edit = new Button(I18n.tr("action.edit"), new FontIcon(MaterialDesignP.PENCIL));
        edit.setId("case-edit");
        edit.setOnAction(e -> vm.editCase());
        Button delete = new Button(I18n.tr("action.delete"), new FontIcon(MaterialDesignD.DELETE));
        delete.setId("case-delete");
        delete.getStyleClass().addAll("danger", "button-outlined");
        delete.setOnAction(e -> vm.deleteCase());
        Button export = new Button(I18n.tr("action.export"), new FontIcon(MaterialDesignF.FILE_EXPORT_OUTLINE));
        export.setId("case-export");
        export.setOnAction(e -> ExportDialog.forCase(ctx, c.id(), c.title()));
        HBox head = new HBox(12, title, Cards.chip(I18n.label(c.status()), null), spacer, export, edit, delete);
        head.setAlignment(Pos.CENTER_LEFT);
        nodes.add(head);
        GridPane info = new GridPane();
        info.setHgap(16);
        info.setVgap(6);
        row(info, 0, "field.case.country", Labels.orDash(c.country()));
        row(info, 1, "field.case.jurisdiction", Labels.orDash(c.jurisdiction()));
        row(info, 2, "field.case.number", Labels.orDash(c.caseNumber()));
        nodes.add(info);
        if (c.summary() != null) {
            Label s = new Label(c.summary());
            s.setWrapText(true);
            nodes.add(s);
        }
        nodes.add(Cards.sources(d.evidenceFor(FactType.CASE_FILE, c.id()), vm::documentTitle, vm::openSource));

        nodes.add(Cards.section("case.parties", "add-party", vm::addParty));
        FlowPane parties = new FlowPane(10, 6);
        parties.setId("case-parties");
        if (d.parties().isEmpty()) {
            parties.getChildren().add(Cards.muted(I18n.tr("case.noParties")));
        }
        for (CaseParty p : d.parties()) {
            Hyperlink link = new Hyperlink(vm.personName(p.personId()));
            link.setId("party-link-" + p.personId());
            link.setOnAction(e -> vm.openPerson(p.personId()));
            Label role = new Label(I18n.label(p.role()));
            role.getStyleClass().addAll("text-muted", "text-small");
            Button x = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
            x.getStyleClass().addAll("button-icon", "flat", "small");
            x.setTooltip(new Tooltip(I18n.tr("action.removeParty")));
            x.setOnAction(e -> vm.removeParty(p));
            HBox box = new HBox(2, link, role, x);
            box.setAlignment(Pos.CENTER_LEFT);
            box.getStyleClass().add("chip");
            parties.getChildren().add(box);
        }
        nodes.add(parties);

        javafx.scene.layout.HBox procHead = (javafx.scene.layout.HBox) Cards.section("case.proceedings", null, null);
        procHead.getChildren().addAll(addButton("add-sentence", "case.addSentence", vm::addSentence),
                addButton("add-appeal", "case.addAppeal", vm::addAppeal), addButton("add-ruling", "case.addRuling", vm::addRuling));
        nodes.add(procHead);
        List<CaseViewModel.Step> steps = vm.proceedings();
        if (steps.isEmpty()) {
            nodes.add(Cards.muted(I18n.tr("case.noProceedings")));
        }
        VBox chain = new VBox(4);
        chain.setId("case-chain");
        boolean first = true;
        for (CaseViewModel.Step s : steps) {
            if (!first) {
                FontIcon arrow = new FontIcon(MaterialDesignA.ARROW_DOWN);
                arrow.getStyleClass().add("text-muted");
                HBox a = new HBox(arrow);
                a.setAlignment(Pos.CENTER_LEFT);
                a.setStyle("-fx-padding: 0 0 0 16;");
                chain.getChildren().add(a);
            }
            first = false;
            chain.getChildren().add(stepCard(d, s));
        }
        nodes.add(chain);

        nodes.add(Cards.section("case.charges", "add-charge", vm::addCharge));
        if (d.charges().isEmpty()) {
            nodes.add(Cards.muted(I18n.tr("case.noCharges")));
        }
        for (Charge ch : d.charges()) {
            List<String> details = new ArrayList<>();
            if (ch.article() != null) {
                details.add(ch.description());
            }
            if (ch.personId() != null) {
                details.add(I18n.tr("fact.charge.against", vm.personName(ch.personId())));
            }
            nodes.add(Cards.fact("charge-" + ch.id(), ch.article() != null ? ch.article() : Labels.orDash(ch.description()), details,
                    Cards.sources(d.evidenceFor(FactType.CHARGE, ch.id()), vm::documentTitle, vm::openSource),
                    () -> vm.editCharge(ch), () -> vm.deleteCharge(ch)));
        }

        nodes.add(Cards.section("case.events", "add-event", vm::addEvent));
        if (d.events().isEmpty()) {
            nodes.add(Cards.muted(I18n.tr("case.noEvents")));
        }
        for (Event e : d.events()) {
            List<String> details = new ArrayList<>();
            details.add(e.place() == null ? e.country() : e.place() + (e.country() == null ? "" : ", " + e.country()));
            if (!e.personIds().isEmpty()) {
                details.add(e.personIds().stream().map(vm::personName).reduce((x, y) -> x + ", " + y).orElse(""));
            }
            nodes.add(Cards.fact("event-" + e.id(), date(e.date()) + " — " + I18n.label(e.type()) + ": " + e.summary(), details,
                    Cards.sources(d.evidenceFor(FactType.EVENT, e.id()), vm::documentTitle, vm::openSource),
                    () -> vm.editEvent(e), () -> vm.deleteEvent(e)));
        }
        page.show(nodes);
    }

    private Node stepCard(CaseViewModel.CaseData d, CaseViewModel.Step s) {
        String stage = I18n.tr(s.stageKey());
        String id = "step-" + s.type().code() + "-" + s.id();
        Node sources = Cards.sources(d.evidenceFor(s.type(), s.id()), vm::documentTitle, vm::openSource);
        switch (s.type()) {
            case EVENT -> {
                Event e = d.events().stream().filter(x -> x.id() == s.id()).findFirst().orElseThrow();
                return Cards.fact(id, stage + " · " + date(e.date()), List.of(e.summary()), sources, () -> vm.editEvent(e), () -> vm.deleteStep(s));
            }
            case SENTENCE -> {
                Sentence x = d.sentences().stream().filter(y -> y.id() == s.id()).findFirst().orElseThrow();
                String what = vm.personName(x.personId()) + ": " + I18n.label(x.kind()) + (x.term() == null ? "" : ", " + TermText.describe(x.term()));
                List<String> details = new ArrayList<>();
                details.add(what);
                details.add(x.court());
                PartialDates.EndWindow end = PartialDates.sentenceEnd(x.start(), x.term(), x.pretrialDays());
                if (end != null) {
                    details.add(I18n.tr(end.exact() ? "fact.sentence.end" : "fact.sentence.endWindow", end.format(I18n.locale())));
                }
                return Cards.fact(id, stage + " · " + date(x.imposed()), details, sources, () -> vm.editSentence(x), () -> vm.deleteStep(s));
            }
            case APPEAL -> {
                Appeal a = d.appeals().stream().filter(y -> y.id() == s.id()).findFirst().orElseThrow();
                List<String> details = new ArrayList<>();
                details.add(a.personIds().stream().map(vm::personName).reduce((x, y) -> x + ", " + y).orElse("")
                        + " — " + I18n.label(a.outcome()));
                details.add(a.court());
                return Cards.fact(id, stage + " · " + date(s.date()), details, sources, () -> vm.editAppeal(a), () -> vm.deleteStep(s));
            }
            case UN_RULING -> {
                UnRuling u = d.rulings().stream().filter(y -> y.id() == s.id()).findFirst().orElseThrow();
                List<String> details = new ArrayList<>();
                details.add(vm.personName(u.personId()) + " — " + u.body().name() + ": " + I18n.label(u.finding()));
                if (u.communicationNumber() != null) {
                    details.add(I18n.tr("fact.ruling.number", u.communicationNumber()));
                }
                return Cards.fact(id, stage + " · " + date(u.adopted()), details, sources, () -> vm.editRuling(u), () -> vm.deleteStep(s));
            }
            default -> throw new IllegalStateException(s.type().name());
        }
    }

    private static Button addButton(String id, String key, Runnable action) {
        Button b = new Button(I18n.tr(key), new FontIcon(MaterialDesignP.PLUS));
        b.setId(id);
        b.getStyleClass().addAll("flat", "small");
        b.setOnAction(e -> action.run());
        return b;
    }

    private static void row(GridPane g, int r, String key, String value) {
        Label k = new Label(I18n.tr(key));
        k.getStyleClass().add("muted");
        g.add(k, 0, r);
        g.add(new Label(value), 1, r);
    }
}
