package io.github.medrecords.portal;

import org.springframework.beans.InvalidPropertyException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * A post no page of ours would send (a thousand record rows, a field that is not a number where one must
 * be): a plain page that says nothing was saved, never a stack trace.
 */
@ControllerAdvice
class UnreadableForms {

    @ExceptionHandler({InvalidPropertyException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String unreadable(Model model) {
        model.addAttribute("message", "The form could not be read. Nothing was saved; please go back and try again.");
        return "unreadable";
    }
}
