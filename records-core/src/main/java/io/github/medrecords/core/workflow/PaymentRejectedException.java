package io.github.medrecords.core.workflow;

import io.github.medrecords.core.MedrecordsException;

/**
 * Thrown when a payment names an invoice that is not this request's current invoice.
 */
public class PaymentRejectedException extends MedrecordsException {

    private static final long serialVersionUID = 1L;

    private final String invoiceNumber;

    /**
     * Creates the exception.
     *
     * @param invoiceNumber  the invoice the payment named, not null
     */
    public PaymentRejectedException(String invoiceNumber) {
        super("Payment refused: invoice '" + invoiceNumber + "' is not this request's current invoice");
        this.invoiceNumber = invoiceNumber;
    }

    /**
     * Returns the invoice the payment named.
     *
     * @return the invoice number, not null
     */
    public String getInvoiceNumber() {
        return invoiceNumber;
    }
}
