package nl.gezin1plan.monitor.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;

/** Dutch formats for dates and times, shared by all views. */
public final class Formaat {

    public static final ZoneId TIJDZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DATUM_TIJD = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm").withZone(TIJDZONE);

    private Formaat() {
    }

    public static String datum(LocalDate datum) {
        return datum == null ? "" : DATUM.format(datum);
    }

    public static String datumTijd(TemporalAccessor tijdstip) {
        return tijdstip == null ? "" : DATUM_TIJD.format(tijdstip);
    }

    /**
     * A date picker that shows and accepts dd-MM-yyyy, with Dutch month and day names; a date that does not exist,
     * such as 31-02-2026, is refused with the reason.
     */
    public static DatePicker datumKiezer(String label) {
        DatePicker kiezer = new DatePicker(label);
        kiezer.setLocale(NederlandseTaal.NL);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("dd-MM-yyyy");
        i18n.setMonthNames(List.of("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                "september", "oktober", "november", "december"));
        i18n.setWeekdays(List.of("zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"));
        i18n.setWeekdaysShort(List.of("zo", "ma", "di", "wo", "do", "vr", "za"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday("Vandaag");
        i18n.setCancel("Annuleren");
        i18n.setBadInputErrorMessage(DatumInvoer.ONGELDIG);
        kiezer.setI18n(i18n);
        kiezer.setFallbackParser(DatumInvoer::lees);
        return kiezer;
    }
}
