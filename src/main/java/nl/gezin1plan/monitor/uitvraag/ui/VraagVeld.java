package nl.gezin1plan.monitor.uitvraag.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import nl.gezin1plan.monitor.base.ui.Formaat;
import nl.gezin1plan.monitor.uitvraag.AntwoordTekst;
import nl.gezin1plan.monitor.uitvraag.Vraag;

/** The input for one question, fitted to its type; it hands each given answer on as text. */
class VraagVeld extends Div {

    private static final String BREEDTE = "min(40rem, 100%)";

    final Vraag vraag;
    final Component invoer;

    VraagVeld(Vraag vraag, String antwoord, boolean bewerkbaar, Consumer<String> beantwoord) {
        this.vraag = vraag;
        addClassName("vraag");
        this.invoer = switch (vraag.type()) {
            case JA_NEE -> keuze(List.of(Vraag.JA, Vraag.NEE), antwoord, beantwoord);
            case KEUZE -> keuze(vraag.keuzes(), antwoord, beantwoord);
            case DATUM -> datum(antwoord, beantwoord);
            case TEKST -> tekst(new TextArea(), antwoord, beantwoord);
            case PERCENTAGE, GETAL -> tekst(new TextField(), AntwoordTekst.van(vraag, antwoord), beantwoord);
        };
        HasValue<?, ?> waarde = (HasValue<?, ?>) invoer;
        waarde.setReadOnly(!bewerkbaar);
        waarde.setRequiredIndicatorVisible(vraag.verplicht());
        ((HasLabel) invoer).setLabel(vraag.tekst());
        if (vraag.toelichting() != null) {
            ((HasHelper) invoer).setHelperText(vraag.toelichting());
        }
        invoer.getElement().setAttribute("data-vraag", vraag.sleutel());
        add(invoer);
    }

    private Component keuze(List<String> keuzes, String antwoord, Consumer<String> beantwoord) {
        RadioButtonGroup<String> groep = new RadioButtonGroup<>();
        groep.setItems(keuzes);
        groep.setItemLabelGenerator(k -> Vraag.JA.equals(k) ? getTranslation("uitvraag.ja")
                : Vraag.NEE.equals(k) ? getTranslation("uitvraag.nee") : k);
        if (antwoord != null && keuzes.contains(antwoord)) {
            groep.setValue(antwoord);
        }
        groep.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                beantwoord.accept(e.getValue());
            }
        });
        return groep;
    }

    private Component datum(String antwoord, Consumer<String> beantwoord) {
        DatePicker kiezer = Formaat.datumKiezer(vraag.tekst());
        kiezer.setWidth(BREEDTE);
        if (antwoord != null) {
            kiezer.setValue(LocalDate.parse(antwoord));
        }
        kiezer.addValueChangeListener(e -> {
            if (e.isFromClient() && !kiezer.isInvalid()) {
                beantwoord.accept(e.getValue() == null ? "" : e.getValue().toString());
            }
        });
        return kiezer;
    }

    private Component tekst(AbstractField<?, String> veld, String antwoord, Consumer<String> beantwoord) {
        veld.setValue(antwoord == null ? "" : antwoord);
        veld.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                beantwoord.accept(e.getValue());
            }
        });
        if (veld instanceof TextArea area) {
            area.setWidthFull();
        } else if (veld instanceof TextField field) {
            field.setWidth(BREEDTE);
        }
        return veld;
    }

    void toonFout(String melding) {
        ((HasValidation) invoer).setErrorMessage(melding);
        ((HasValidation) invoer).setInvalid(melding != null);
    }

    /** Answers as the test would give them in the browser. */
    void geefAntwoord(String waarde) {
        switch (invoer) {
            case RadioButtonGroup<?> groep -> {
                @SuppressWarnings("unchecked")
                RadioButtonGroup<String> radio = (RadioButtonGroup<String>) groep;
                radio.setValue(waarde);
            }
            case DatePicker kiezer -> kiezer.setValue(LocalDate.parse(waarde));
            default -> {
                @SuppressWarnings("unchecked")
                HasValue<?, String> veld = (HasValue<?, String>) invoer;
                veld.setValue(waarde);
            }
        }
    }
}
