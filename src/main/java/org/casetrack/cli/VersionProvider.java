package org.casetrack.cli;

import org.casetrack.AppInfo;
import picocli.CommandLine.IVersionProvider;

/** Reports the version stamped into the jar at build time. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"CaseTrack " + AppInfo.version()};
    }
}
