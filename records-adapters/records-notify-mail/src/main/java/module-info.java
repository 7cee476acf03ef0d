/**
 * Email notifications over SMTP with Jakarta Mail (Angus Mail at run time): {@link
 * io.github.medrecords.notify.mail.MailSender}, the templates ({@link
 * io.github.medrecords.notify.mail.EmailTemplates}) and the letter renderer ({@link
 * io.github.medrecords.notify.mail.LetterRenderer}).
 */
module io.github.medrecords.notify.mail {
    requires transitive io.github.medrecords.core;
    requires jakarta.mail;

    exports io.github.medrecords.notify.mail;
}
