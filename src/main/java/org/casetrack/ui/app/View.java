package org.casetrack.ui.app;

import javafx.scene.Node;

/** One screen: its node, plus a hook to reload its data when shown again. */
public interface View {

    Node root();

    /** Called each time the view is shown; reloads its data in the background. */
    default void onShow() {
    }

    /** True while the view is still loading data on its own (used to wait before a screenshot). */
    default boolean isBusy() {
        return false;
    }

    /** The node to focus when the view is shown. */
    default Node initialFocus() {
        return root();
    }
}
