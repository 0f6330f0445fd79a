package org.casetrack.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The checks a backup zip passes before a restore. They stay on H2 alone by nature: the zip holds
 * the encrypted H2 file, and restoring over a server is the administrator's pg_restore
 * (docs/server.md), not a CaseTrack command. What a backup means on both engines, writing it,
 * is {@link BackupWriteTest}, which runs on both databases.
 */
class BackupsCheckTest {

    @Test
    void onlyPlainFileNamesPass() {
        assertThat(Backups.plainName("casetrack.mv.db")).isTrue();
        for (String bad : new String[] {"../x.mv.db", "a/b.mv.db", "/abs.mv.db", "..\\x", "C:x.mv.db", "..", ".", "", "a\u0000b"}) {
            assertThat(Backups.plainName(bad)).as(bad).isFalse();
        }
    }

    @Test
    void theSizeLimitFollowsTheZip() {
        assertThat(Backups.limit(2L << 20)).isLessThan(2L << 30);
        assertThat(Backups.limit(0)).isEqualTo(Backups.SLACK);
    }
}
