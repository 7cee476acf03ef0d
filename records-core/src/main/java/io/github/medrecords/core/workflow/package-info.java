/**
 * The workflow's model: {@link io.github.medrecords.core.workflow.RequestCase}, the aggregate whose
 * commands form the state machine and refuse illegal transitions; its history; the domain events;
 * the disclosure entries a release writes; and the persistence form a storage adapter saves.
 */
package io.github.medrecords.core.workflow;
