package org.casetrack.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.casetrack.model.Finding;
import org.casetrack.model.PersonStatus;
import org.casetrack.model.SentenceKind;
import org.casetrack.model.UnBody;
import org.junit.jupiter.api.Test;

class IcsExportTest {

    @Test
    void oneAllDayEventPerItemWithUidsThatSurviveRecomputation() throws Exception {
        Fixtures f = new Fixtures();
        long p = f.person("Жанна Серикбаева", PersonStatus.IMPRISONED);
        long c = f.kzCase("Дело");
        f.sentence(p, c, SentenceKind.IMPRISONMENT, "P5Y", "2017-04-07", null, null);
        f.ruling(p, UnBody.HRC, "2016-03", Finding.VIOLATION);

        Calendar first = new CalendarBuilder().build(new StringReader(IcsExport.write(f.compute())));
        Calendar again = new CalendarBuilder().build(new StringReader(IcsExport.write(f.compute())));
        List<VEvent> events = first.getComponents("VEVENT");
        List<VEvent> events2 = again.getComponents("VEVENT");

        assertThat(events).hasSize(2);
        assertThat(events.stream().map(e -> e.getUid().orElseThrow().getValue()))
                .containsExactlyElementsOf(events2.stream().map(e -> e.getUid().orElseThrow().getValue()).toList());

        VEvent window = events.get(0); // HRC follow-up, adopted in March 2016: a window
        assertThat(window.getDateTimeStart().getValue()).isEqualTo("20160828");
        assertThat(window.getDateTimeEnd().getValue()).isEqualTo("20160928"); // 31 March + 180 days = 27 September; DTEND is exclusive
        assertThat(window.getSummary().getValue()).isEqualTo(
                "Жанна Серикбаева: State reply to the Human Rights Committee on its Views (communication 1234/2015) (due within this window)");

        VEvent appeal = events.get(1);
        assertThat(appeal.getDateTimeStart().getValue()).isEqualTo("20170422");
        assertThat(appeal.getDateTimeEnd().getValue()).isEqualTo("20170423");
        assertThat(appeal.getDescription().getValue()).contains("verdict 2017-04-07 + 15 days (CPC art. 415)")
                .contains("Basis: Criminal Procedure Code").contains("Case: Дело");
    }
}
