package io.github.medrecords.portal;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The seed practice's records portal: everything medrecords comes from the starter and
 * {@code application.properties}; this module has only the pages.
 */
@SpringBootApplication
public class PortalApplication {

    /**
     * Starts the portal on http://localhost:8080/.
     *
     * @param args  Spring Boot arguments, e.g. --server.port=9090
     */
    public static void main(String[] args) {
        System.setProperty("org.jboss.logging.provider", "slf4j");
        SpringApplication.run(PortalApplication.class, args);
    }
}
