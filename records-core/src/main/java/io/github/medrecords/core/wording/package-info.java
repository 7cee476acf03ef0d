/**
 * The words the library shows a requester, as resource bundles per language: every notice (by event), the
 * denial notice's prescribed content, the status and next step of the requester view. {@link
 * io.github.medrecords.core.wording.NoticeBundle} reads them; a third language is a translation of the
 * bundle {@code notices_<tag>.properties}, not a code change.
 */
package io.github.medrecords.core.wording;
