package org.casetrack.ui.app;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The two AtlantaFX themes CaseTrack offers, applied application-wide. */
public enum Theme {
    LIGHT, DARK;

    public void apply() {
        Application.setUserAgentStylesheet(this == LIGHT
                ? new PrimerLight().getUserAgentStylesheet()
                : new PrimerDark().getUserAgentStylesheet());
    }

    public Theme other() {
        return this == LIGHT ? DARK : LIGHT;
    }

    public static String appStylesheet() {
        return Theme.class.getResource("/org/casetrack/ui/casetrack.css").toExternalForm();
    }
}
