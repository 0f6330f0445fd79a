package org.casetrack.ui.settings;

import java.io.ByteArrayInputStream;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.casetrack.ui.app.AppContext;
import org.casetrack.ui.app.View;
import org.casetrack.ui.common.I18n;

/**
 * Settings set once for the whole database: the letterhead every letter carries
 * (organisation, address, logo). Only binds to {@link SettingsViewModel}.
 */
public final class SettingsView implements View {

    private final SettingsViewModel vm;
    private final VBox root = new VBox(10);
    private final TextField organisation = new TextField();

    public SettingsView(AppContext ctx) {
        vm = new SettingsViewModel(ctx.db(), ctx.runner());
        root.getStyleClass().add("page");
        root.setId("settings-view");
        Label title = new Label(I18n.tr("page.settings"));
        title.getStyleClass().add("page-title");
        Label section = new Label(I18n.tr("settings.letterhead"));
        section.getStyleClass().add("text-bold");
        Label explain = new Label(I18n.tr("settings.letterhead.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add("text-muted");

        organisation.setId("settings-organisation");
        organisation.setPromptText(I18n.tr("settings.organisation"));
        organisation.textProperty().bindBidirectional(vm.organisationProperty());
        organisation.setMaxWidth(560);
        Label orgLabel = new Label(I18n.tr("settings.organisation"));
        orgLabel.setLabelFor(organisation);

        TextArea address = new TextArea();
        address.setId("settings-address");
        address.setPromptText(I18n.tr("settings.address.prompt"));
        address.setPrefRowCount(4);
        address.setMaxWidth(560);
        address.textProperty().bindBidirectional(vm.addressProperty());
        Label addressLabel = new Label(I18n.tr("settings.address"));
        addressLabel.setLabelFor(address);

        ImageView preview = new ImageView();
        preview.setId("settings-logo-preview");
        preview.setFitHeight(64);
        preview.setFitWidth(200);
        preview.setPreserveRatio(true);
        preview.visibleProperty().bind(vm.logoProperty().isNotNull()); // no empty frame when there is no logo
        preview.managedProperty().bind(preview.visibleProperty());
        preview.imageProperty().bind(Bindings.createObjectBinding(() -> vm.logoProperty().get() == null ? null
                : new Image(new ByteArrayInputStream(vm.logoProperty().get())), vm.logoProperty()));
        Label logoState = new Label();
        logoState.setId("settings-logo-state");
        logoState.textProperty().bind(Bindings.when(vm.logoProperty().isNull())
                .then(I18n.tr("settings.logo.none")).otherwise(I18n.tr("settings.logo.set")));
        Button choose = new Button(I18n.tr("settings.logo.choose"));
        choose.setId("settings-logo-choose");
        choose.setOnAction(e -> chooseLogo());
        Button remove = new Button(I18n.tr("settings.logo.remove"));
        remove.setId("settings-logo-remove");
        remove.disableProperty().bind(vm.logoProperty().isNull());
        remove.setOnAction(e -> vm.removeLogo());
        HBox logoRow = new HBox(8, choose, remove, logoState);
        logoRow.setAlignment(Pos.CENTER_LEFT);

        Button save = new Button(I18n.tr("settings.save"));
        save.setId("settings-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> vm.save());
        Label status = new Label();
        status.setId("settings-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE);
        status.textProperty().bind(vm.statusProperty());

        root.getChildren().addAll(title, section, explain, orgLabel, organisation, addressLabel, address,
                new Label(I18n.tr("settings.logo")), preview, logoRow, save, status);
        vm.load();
    }

    private void chooseLogo() {
        FileChooser fc = new FileChooser();
        fc.setTitle(I18n.tr("settings.logo.choose"));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.tr("settings.logo.filter"), "*.png", "*.jpg", "*.jpeg"));
        File f = fc.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (f != null) {
            vm.chooseLogo(f.toPath());
        }
    }

    /** For tests and screenshots: the view model behind the screen. */
    public SettingsViewModel model() {
        return vm;
    }

    @Override
    public Node root() {
        return root;
    }

    @Override
    public void onShow() {
        vm.load();
    }

    @Override
    public boolean isBusy() {
        return vm.loadingProperty().get();
    }

    @Override
    public Node initialFocus() {
        return organisation;
    }
}
