package nl.gezin1plan.monitor.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.Map;

/** Marks each field with its message from the service, and clears the others; what was typed stays. */
final class Foutmeldingen {

    private Foutmeldingen() {
    }

    static void toon(Map<String, ? extends HasValidation> velden, Map<String, String> fouten) {
        velden.forEach((veld, component) -> {
            component.setErrorMessage(fouten.get(veld));
            component.setInvalid(fouten.containsKey(veld));
        });
        velden.entrySet().stream().filter(v -> fouten.containsKey(v.getKey())).findFirst()
                .map(Map.Entry::getValue).filter(Component.class::isInstance).map(Component.class::cast)
                .ifPresent(eerste -> eerste.getElement().callJsFunction("focus"));
    }
}
