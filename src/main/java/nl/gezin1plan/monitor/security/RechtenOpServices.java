package nl.gezin1plan.monitor.security;

import com.vaadin.flow.component.Component;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;

/**
 * Services name the rights their callers need with {@code @RolesAllowed}, like the views. Spring checks those on the
 * services only: the views' own {@code @RolesAllowed} is Vaadin's navigation check, and a method-security proxy
 * around a view would hide its state (Spring's own {@code jsr250Enabled} wraps every annotated bean, views too).
 */
@Configuration(proxyBeanMethods = false)
class RechtenOpServices {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor rechtenOpServicesAdvisor() {
        AuthorizationManagerBeforeMethodInterceptor jsr250 = AuthorizationManagerBeforeMethodInterceptor.jsr250();
        ClassFilter geenScherm = type -> !Component.class.isAssignableFrom(type)
                && type.getPackageName().startsWith("nl.gezin1plan.monitor");
        AuthorizationManagerBeforeMethodInterceptor services = new AuthorizationManagerBeforeMethodInterceptor(
                new ComposablePointcut(geenScherm).intersection(jsr250.getPointcut()),
                new Jsr250AuthorizationManager());
        services.setOrder(AuthorizationInterceptorsOrder.JSR250.getOrder());
        return services;
    }
}
