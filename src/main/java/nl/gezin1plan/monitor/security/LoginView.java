package nl.gezin1plan.monitor.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "login", autoLayout = false)
@PageTitle("Inloggen | 1Gezin1Plan implementatiemonitor")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(nederlands());
        add(new H1(getTranslation("app.titel")),
                new Paragraph(getTranslation("login.uitleg")),
                login,
                new Anchor("wachtwoord-vergeten", getTranslation("login.wachtwoord-vergeten")),
                new Anchor("toegankelijkheid", getTranslation("app.toegankelijkheid")));
    }

    private LoginI18n nederlands() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.titel"));
        i18n.getForm().setUsername(getTranslation("login.gebruikersnaam"));
        i18n.getForm().setPassword(getTranslation("login.wachtwoord"));
        i18n.getForm().setSubmit(getTranslation("login.inloggen"));
        i18n.getErrorMessage().setTitle(getTranslation("login.fout.titel"));
        i18n.getErrorMessage().setMessage(getTranslation("login.fout.tekst"));
        i18n.getErrorMessage().setUsername(getTranslation("login.fout.gebruikersnaam"));
        i18n.getErrorMessage().setPassword(getTranslation("login.fout.wachtwoord"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        login.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
