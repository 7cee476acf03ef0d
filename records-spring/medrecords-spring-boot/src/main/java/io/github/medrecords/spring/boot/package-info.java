/**
 * Spring Boot auto-configuration of medrecords: {@link io.github.medrecords.spring.boot.MedrecordsProperties}
 * ({@code medrecords.*}), the services over the JDBC store on the application's data source, the
 * notification relay with the context's lifecycle, email from {@code spring.mail.*}, webhooks, the
 * {@code medrecords} health component and the {@code medrecords.*} metrics. Every bean steps back when the
 * application defines its own.
 */
package io.github.medrecords.spring.boot;
