/**
 * What a records request is: the requester and role, the legal basis of the disclosure, the
 * purpose and its documents, the patient, the record selections, the delivery and its
 * destination, and the patient's directive to a third party. {@link
 * io.github.medrecords.core.request.RecordsRequest} is valid by construction; portals fill the
 * forms of {@code io.github.medrecords.core.intake} instead, which report every problem at once.
 */
package io.github.medrecords.core.request;
