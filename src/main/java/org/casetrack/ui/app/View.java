package org.casetrack.ui.app;

import javafx.scene.Node;

/** One screen: its node, plus a hook to reload its data when shown again. */
public interface View {

    Node root();

    /** Called each time the view is shown; reloads its data in the background. */
    default void onShow() {
    }

    /** The node to focus when the view is shown. */
    default Node initialFocus() {
        return root();
    }
}
