/**
 * The use cases as one application service, {@link io.github.medrecords.core.service.RequestService}:
 * submit, authorize, verify identity, record fulfilment, invoice, pay, waive, refund and release,
 * each saved with its history, disclosure entries and notifications in one transaction through the
 * ports.
 */
package io.github.medrecords.core.service;
