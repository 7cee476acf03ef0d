package io.github.medrecords.portal;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The portal on a free port with an in-memory H2 store and a GreenMail SMTP server for its emails. */
final class PortalRunning implements AutoCloseable {

    final GreenMail smtp;
    final ConfigurableApplicationContext context;
    final String baseUrl;

    private PortalRunning(GreenMail smtp, ConfigurableApplicationContext context) {
        this.smtp = smtp;
        this.context = context;
        this.baseUrl = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    static PortalRunning start() {
        GreenMail smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        smtp.start();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PortalApplication.class).run(
                "--server.port=0", "--server.address=127.0.0.1",
                "--spring.datasource.url=jdbc:h2:mem:portal-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + smtp.getSmtp().getPort(),
                "--medrecords.mail.from=records@ct-ortho.example", "--medrecords.mail.security=NONE",
                "--medrecords.relay.poll-interval=200ms", "--spring.main.banner-mode=off");
        return new PortalRunning(smtp, context);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
        smtp.stop();
    }
}
