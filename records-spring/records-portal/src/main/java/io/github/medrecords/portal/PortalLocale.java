package io.github.medrecords.portal;

import io.github.medrecords.core.party.Language;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language a page is written in: the requester's own on the pages about their request (the controller
 * names it from the request's language), English everywhere else. Never the browser's Accept-Language: the
 * requester chose on the form, and the staff pages are in English.
 */
@Component("localeResolver")
class PortalLocale implements LocaleResolver {

    private static final String ATTRIBUTE = PortalLocale.class.getName();

    /** Writes this request's page in a requester's language. */
    static void use(HttpServletRequest request, Language language) {
        request.setAttribute(ATTRIBUTE, language.locale());
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        Object chosen = request.getAttribute(ATTRIBUTE);
        return chosen instanceof Locale l ? l : Locale.ENGLISH;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        request.setAttribute(ATTRIBUTE, locale == null ? Locale.ENGLISH : locale);
    }
}
