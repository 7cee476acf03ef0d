package io.github.medrecords.spring.boot;

import io.github.medrecords.core.party.ProviderKind;
import io.github.medrecords.core.party.UsState;
import io.github.medrecords.core.request.DeliveryMethod;
import io.github.medrecords.store.jdbc.JdbcStore;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The {@code medrecords.*} properties: the practice, the store, the notification relay, mail,
 * webhooks, health and metrics. Only three are needed to start: the practice's name, its
 * jurisdictions and the phone number of its complaint contact.
 *
 * <p>A mutable binding target for Spring Boot; not thread-safe.
 */
@ConfigurationProperties(prefix = "medrecords")
public class MedrecordsProperties {

    private final Practice practice = new Practice();
    private final Store store = new Store();
    private final Relay relay = new Relay();
    private final Notifications notifications = new Notifications();
    private final Mail mail = new Mail();
    private final Map<String, Webhook> webhooks = new LinkedHashMap<>();
    private final Deadlines deadlines = new Deadlines();
    private final Health health = new Health();
    private final Metrics metrics = new Metrics();

    /**
     * The deployment's secret for keying patients (an HMAC over the normalised name and date of birth), at
     * least 32 bytes of text; give it from the environment ({@code MEDRECORDS_PATIENT_KEY_SECRET}) or a
     * vault, never from a file in the application. Without it the library's published development secret
     * is used, which protects nothing, and the store says so in the log.
     */
    private String patientKeySecret;

    /**
     * Returns the practice this application serves.
     *
     * @return the practice properties, not null
     */
    public Practice getPractice() {
        return practice;
    }

    /**
     * Returns the deployment's secret for keying patients.
     *
     * @return the secret, null if not set
     */
    public String getPatientKeySecret() {
        return patientKeySecret;
    }

    /**
     * Sets the deployment's secret for keying patients.
     *
     * @param patientKeySecret  the secret, at least 32 bytes of UTF-8 text
     */
    public void setPatientKeySecret(String patientKeySecret) {
        this.patientKeySecret = patientKeySecret;
    }

    @Override
    public String toString() {
        return "MedrecordsProperties[practice=" + practice.getId() + ", patientKeySecret="
                + (patientKeySecret == null ? "not set" : "set") + "]";
    }

    /**
     * Returns the store's properties.
     *
     * @return the store properties, not null
     */
    public Store getStore() {
        return store;
    }

    /**
     * Returns the notification relay's properties.
     *
     * @return the relay properties, not null
     */
    public Relay getRelay() {
        return relay;
    }

    /**
     * Returns which notifications are sent.
     *
     * @return the notification properties, not null
     */
    public Notifications getNotifications() {
        return notifications;
    }

    /**
     * Returns the sender's part of email; the server comes from {@code spring.mail.*}.
     *
     * @return the mail properties, not null
     */
    public Mail getMail() {
        return mail;
    }

    /**
     * Returns the webhook endpoints by name.
     *
     * @return the endpoints, not null
     */
    public Map<String, Webhook> getWebhooks() {
        return webhooks;
    }

    /**
     * Returns the deadline properties.
     *
     * @return the deadline properties, not null
     */
    public Deadlines getDeadlines() {
        return deadlines;
    }

    /**
     * Returns the health indicator's thresholds.
     *
     * @return the health properties, not null
     */
    public Health getHealth() {
        return health;
    }

    /**
     * Returns the metrics' properties.
     *
     * @return the metrics properties, not null
     */
    public Metrics getMetrics() {
        return metrics;
    }

    /** The practice profile. */
    public static class Practice {

        /** The practice's identifier in the store; keep it once requests are stored. */
        private String id = "practice";

        /** The practice's name as patients see it. Required. */
        private String name;

        /** The states whose records law the practice follows besides HIPAA, for example CT. Required. */
        private List<UsState> jurisdictions = new ArrayList<>();

        /**
         * The kind of provider the practice is, where a state's fees or deadlines differ: PHYSICIAN (a physician's
         * or other practitioner's office, the default) or HOSPITAL (a hospital or other licensed institution).
         */
        private ProviderKind providerKind = ProviderKind.PHYSICIAN;

        /**
         * The zone in which business days are counted. Defaults to the first jurisdiction's zone where the
         * whole state keeps one; required for a state with several.
         */
        private ZoneId zone;

        /** The contact that denial notices name for complaints (R1.21). */
        private final ComplaintContact complaintContact = new ComplaintContact();

        /** The practice's price list in the price-list file format (docs/price-list-file.md); none charges nothing. */
        private Resource priceListFile;

        /**
         * Whether a state's legal holidays (from records-calendar-jollyday, with the federal holidays the state
         * observes) close the practice: those of {@code holiday-state}, by default the first jurisdiction's.
         */
        private boolean stateHolidays = true;

        /**
         * The state whose legal holidays close the practice, when it is not the first jurisdiction (for example
         * a practice in DC that follows Maryland's records law). Defaults to the first jurisdiction.
         */
        private UsState holidayState;

        /** A file of further holidays: one ISO date (2026-12-24) per line, '#' starts a comment. */
        private Resource holidaysFile;

        /** Further holidays, as ISO dates. */
        private List<LocalDate> holidays = new ArrayList<>();

        /** Days the practice is closed besides weekends and holidays, as ISO dates. */
        private List<LocalDate> closures = new ArrayList<>();

        /** The turnaround the practice promises. */
        private final Turnaround turnaround = new Turnaround();

        /** The local time from which a request completed that day counts from the next business day. */
        private LocalTime cutOff = LocalTime.of(16, 0);

        /** The practice's own policies where the law leaves a choice. */
        private final Policies policies = new Policies();

        /** @return the id */
        public String getId() {
            return id;
        }

        /** @param id  the id */
        public void setId(String id) {
            this.id = id;
        }

        /** @return the name */
        public String getName() {
            return name;
        }

        /** @param name  the name */
        public void setName(String name) {
            this.name = name;
        }

        /** @return the jurisdictions */
        public List<UsState> getJurisdictions() {
            return jurisdictions;
        }

        /** @param jurisdictions  the jurisdictions */
        public void setJurisdictions(List<UsState> jurisdictions) {
            this.jurisdictions = jurisdictions;
        }

        /** @return the kind of provider */
        public ProviderKind getProviderKind() {
            return providerKind;
        }

        /** @param providerKind  the kind of provider */
        public void setProviderKind(ProviderKind providerKind) {
            this.providerKind = providerKind;
        }

        /** @return the zone, null unless set */
        public ZoneId getZone() {
            return zone;
        }

        /** @param zone  the zone */
        public void setZone(ZoneId zone) {
            this.zone = zone;
        }

        /** @return the complaint contact */
        public ComplaintContact getComplaintContact() {
            return complaintContact;
        }

        /** @return the price-list file, null unless set */
        public Resource getPriceListFile() {
            return priceListFile;
        }

        /** @param priceListFile  the price-list file */
        public void setPriceListFile(Resource priceListFile) {
            this.priceListFile = priceListFile;
        }

        /** @return whether state holidays apply */
        public boolean isStateHolidays() {
            return stateHolidays;
        }

        /** @param stateHolidays  whether state holidays apply */
        public void setStateHolidays(boolean stateHolidays) {
            this.stateHolidays = stateHolidays;
        }

        /** @return the state whose holidays close the practice, null for the first jurisdiction */
        public UsState getHolidayState() {
            return holidayState;
        }

        /** @param holidayState  the state whose holidays close the practice */
        public void setHolidayState(UsState holidayState) {
            this.holidayState = holidayState;
        }

        /** @return the holidays file, null unless set */
        public Resource getHolidaysFile() {
            return holidaysFile;
        }

        /** @param holidaysFile  the holidays file */
        public void setHolidaysFile(Resource holidaysFile) {
            this.holidaysFile = holidaysFile;
        }

        /** @return the further holidays */
        public List<LocalDate> getHolidays() {
            return holidays;
        }

        /** @param holidays  the further holidays */
        public void setHolidays(List<LocalDate> holidays) {
            this.holidays = holidays;
        }

        /** @return the closures */
        public List<LocalDate> getClosures() {
            return closures;
        }

        /** @param closures  the closures */
        public void setClosures(List<LocalDate> closures) {
            this.closures = closures;
        }

        /** @return the turnaround */
        public Turnaround getTurnaround() {
            return turnaround;
        }

        /** @return the cut-off */
        public LocalTime getCutOff() {
            return cutOff;
        }

        /** @param cutOff  the cut-off */
        public void setCutOff(LocalTime cutOff) {
            this.cutOff = cutOff;
        }

        /** @return the policies */
        public Policies getPolicies() {
            return policies;
        }
    }

    /** The contact that denial notices name for complaints. */
    public static class ComplaintContact {

        /** The person or title to complain to. */
        private String name = "Privacy Officer";

        /** Their phone number, for example 203-555-0142. Required. */
        private String phone;

        /** @return the name or title */
        public String getName() {
            return name;
        }

        /** @param name  the name or title */
        public void setName(String name) {
            this.name = name;
        }

        /** @return the phone */
        public String getPhone() {
            return phone;
        }

        /** @param phone  the phone */
        public void setPhone(String phone) {
            this.phone = phone;
        }
    }

    /** The turnaround promise, in business days as "fewest-most", for example 2-3. */
    public static class Turnaround {

        /** Business days for deliveries that are not mailed (secure link, fax, portal). */
        private String notMailed = "2-3";

        /** Business days for mailed deliveries (paper, CD). */
        private String mailed = "3-5";

        /** Business days for particular delivery methods, overriding the two above. */
        private Map<DeliveryMethod, String> methods = new EnumMap<>(DeliveryMethod.class);

        /** @return the days unless mailed */
        public String getNotMailed() {
            return notMailed;
        }

        /** @param notMailed  the days unless mailed */
        public void setNotMailed(String notMailed) {
            this.notMailed = notMailed;
        }

        /** @return the days by mail */
        public String getMailed() {
            return mailed;
        }

        /** @param mailed  the days by mail */
        public void setMailed(String mailed) {
            this.mailed = mailed;
        }

        /** @return the days per method */
        public Map<DeliveryMethod, String> getMethods() {
            return methods;
        }

        /** @param methods  the days per method */
        public void setMethods(Map<DeliveryMethod, String> methods) {
            this.methods = methods;
        }
    }

    /** The practice's own policies. */
    public static class Policies {

        /** Whether the practice asks for its own authorization form on every request (off: see R3.7 and R1.7). */
        private boolean requireOwnAuthorizationForm;

        /** Whether requests by third parties go to an outside release-of-information company. */
        private boolean handOffThirdPartyRequests;

        /** The most copies of one selection a requester may ask for, 1 to 10. */
        private int maximumCopiesPerSelection = 5;

        /**
         * Whether the practice invoices a price the law allows only with a documented cost basis before it has
         * recorded one (off: such invoices are refused, naming the rule and how to record the cost basis).
         */
        private boolean invoiceWithoutCostBasis;

        /** @return whether the own form is required */
        public boolean isRequireOwnAuthorizationForm() {
            return requireOwnAuthorizationForm;
        }

        /** @param requireOwnAuthorizationForm  whether the own form is required */
        public void setRequireOwnAuthorizationForm(boolean requireOwnAuthorizationForm) {
            this.requireOwnAuthorizationForm = requireOwnAuthorizationForm;
        }

        /** @return whether third-party requests are handed off */
        public boolean isHandOffThirdPartyRequests() {
            return handOffThirdPartyRequests;
        }

        /** @param handOffThirdPartyRequests  whether third-party requests are handed off */
        public void setHandOffThirdPartyRequests(boolean handOffThirdPartyRequests) {
            this.handOffThirdPartyRequests = handOffThirdPartyRequests;
        }

        /** @return the copies maximum */
        public int getMaximumCopiesPerSelection() {
            return maximumCopiesPerSelection;
        }

        /** @param maximumCopiesPerSelection  the copies maximum */
        public void setMaximumCopiesPerSelection(int maximumCopiesPerSelection) {
            this.maximumCopiesPerSelection = maximumCopiesPerSelection;
        }

        /** @return whether prices needing a cost basis are invoiced before one is recorded */
        public boolean isInvoiceWithoutCostBasis() {
            return invoiceWithoutCostBasis;
        }

        /** @param invoiceWithoutCostBasis  whether prices needing a cost basis are invoiced before one is recorded */
        public void setInvoiceWithoutCostBasis(boolean invoiceWithoutCostBasis) {
            this.invoiceWithoutCostBasis = invoiceWithoutCostBasis;
        }
    }

    /** The JDBC store on the application's DataSource. */
    public static class Store {

        /** Whether the store creates or upgrades its tables at start (Flyway, history table mr_schema_history). */
        private boolean migrate = true;

        /** @return whether to migrate */
        public boolean isMigrate() {
            return migrate;
        }

        /** @param migrate  whether to migrate */
        public void setMigrate(boolean migrate) {
            this.migrate = migrate;
        }

        /**
         * How many requests the store keeps decoded in memory, those it saved or loaded last: a load of a
         * row unchanged since restores the kept request instead of decoding its document; 0 keeps none.
         */
        private int decodedRequests = JdbcStore.DEFAULT_DECODED_REQUESTS;

        /** @return how many decoded requests the store keeps */
        public int getDecodedRequests() {
            return decodedRequests;
        }

        /** @param decodedRequests  how many decoded requests the store keeps, 0 or more */
        public void setDecodedRequests(int decodedRequests) {
            this.decodedRequests = decodedRequests;
        }
    }

    /** The notification relay, started and stopped with the application context. */
    public static class Relay {

        /** Whether the relay runs in this instance; several instances may each run one. */
        private boolean enabled = true;

        /** The relay's lease-owner id; a random one unless set. */
        private String id;

        /** How long the relay waits after a run before it looks again. */
        private Duration pollInterval = Duration.ofSeconds(5);

        /** How many messages one run claims at most. */
        private int batchSize = 20;

        /** How long a claim holds a message. */
        private Duration lease = Duration.ofMinutes(2);

        /** How long the context's shutdown waits for the message in hand. */
        private Duration stopTimeout = Duration.ofSeconds(30);

        /** The first retry's delay, doubled per failed attempt. */
        private Duration retryBase = Duration.ofSeconds(30);

        /** The longest delay between two attempts. */
        private Duration retryCap = Duration.ofHours(1);

        /** Attempts before a message is dead-lettered. */
        private int maxAttempts = 10;

        /** @return whether the relay runs */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled  whether the relay runs */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** @return the relay id, null unless set */
        public String getId() {
            return id;
        }

        /** @param id  the relay id */
        public void setId(String id) {
            this.id = id;
        }

        /** @return the poll interval */
        public Duration getPollInterval() {
            return pollInterval;
        }

        /** @param pollInterval  the poll interval */
        public void setPollInterval(Duration pollInterval) {
            this.pollInterval = pollInterval;
        }

        /** @return the batch size */
        public int getBatchSize() {
            return batchSize;
        }

        /** @param batchSize  the batch size */
        public void setBatchSize(int batchSize) {
            this.batchSize = batchSize;
        }

        /** @return the lease */
        public Duration getLease() {
            return lease;
        }

        /** @param lease  the lease */
        public void setLease(Duration lease) {
            this.lease = lease;
        }

        /** @return the stop timeout */
        public Duration getStopTimeout() {
            return stopTimeout;
        }

        /** @param stopTimeout  the stop timeout */
        public void setStopTimeout(Duration stopTimeout) {
            this.stopTimeout = stopTimeout;
        }

        /** @return the retry base */
        public Duration getRetryBase() {
            return retryBase;
        }

        /** @param retryBase  the retry base */
        public void setRetryBase(Duration retryBase) {
            this.retryBase = retryBase;
        }

        /** @return the retry cap */
        public Duration getRetryCap() {
            return retryCap;
        }

        /** @param retryCap  the retry cap */
        public void setRetryCap(Duration retryCap) {
            this.retryCap = retryCap;
        }

        /** @return the attempts */
        public int getMaxAttempts() {
            return maxAttempts;
        }

        /** @param maxAttempts  the attempts */
        public void setMaxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
        }
    }

    /** Which notifications events cause. */
    public static class Notifications {

        /** The webhook every event also goes to, by its name under medrecords.webhooks; the only one if just one is configured. */
        private String webhook;

        /** Whether emails and letters name the patient. */
        private boolean patientName;

        /** The portal's address, which emails link to; none unless set. */
        private URI portalUrl;

        /** @return the webhook's name, null unless set */
        public String getWebhook() {
            return webhook;
        }

        /** @param webhook  the webhook's name */
        public void setWebhook(String webhook) {
            this.webhook = webhook;
        }

        /** @return whether the patient is named */
        public boolean isPatientName() {
            return patientName;
        }

        /** @param patientName  whether the patient is named */
        public void setPatientName(boolean patientName) {
            this.patientName = patientName;
        }

        /** @return the portal URL, null unless set */
        public URI getPortalUrl() {
            return portalUrl;
        }

        /** @param portalUrl  the portal URL */
        public void setPortalUrl(URI portalUrl) {
            this.portalUrl = portalUrl;
        }
    }

    /** The sender of the emails; the server, port, user and password come from spring.mail.*. */
    public static class Mail {

        /** The sender's address. Defaults to spring.mail.username when that is an address. */
        private String from;

        /** The sender's display name; the practice's name unless set. */
        private String fromName;

        /** NONE, STARTTLS or TLS; unless set, from spring.mail.properties mail.smtp.starttls.enable / mail.smtp.ssl.enable. */
        private String security;

        /** @return the sender's address, null unless set */
        public String getFrom() {
            return from;
        }

        /** @param from  the sender's address */
        public void setFrom(String from) {
            this.from = from;
        }

        /** @return the display name, null unless set */
        public String getFromName() {
            return fromName;
        }

        /** @param fromName  the display name */
        public void setFromName(String fromName) {
            this.fromName = fromName;
        }

        /** @return the security, null unless set */
        public String getSecurity() {
            return security;
        }

        /** @param security  the security */
        public void setSecurity(String security) {
            this.security = security;
        }
    }

    /** One webhook endpoint. */
    public static class Webhook {

        /** Where events are POSTed. */
        private URI url;

        /** The shared secret the body is signed with (HMAC-SHA256); keep it out of source control. */
        private String secret;

        /** @return the URL */
        public URI getUrl() {
            return url;
        }

        /** @param url  the URL */
        public void setUrl(URI url) {
            this.url = url;
        }

        /** @return the secret */
        public String getSecret() {
            return secret;
        }

        /** @param secret  the secret */
        public void setSecret(String secret) {
            this.secret = secret;
        }
    }

    /** Deadline standing on dashboards. */
    public static class Deadlines {

        /** How many days before its working target a request counts as due soon. */
        private int dueSoonDays = 5;

        /** @return the due-soon days */
        public int getDueSoonDays() {
            return dueSoonDays;
        }

        /** @param dueSoonDays  the due-soon days */
        public void setDueSoonDays(int dueSoonDays) {
            this.dueSoonDays = dueSoonDays;
        }
    }

    /** When the health indicator reports DOWN. */
    public static class Health {

        /** DOWN when the oldest message waiting to be sent is older than this: the relay is not keeping up. */
        private Duration maxPendingAge = Duration.ofHours(1);

        /** DOWN when more messages than this are dead-lettered; -1 never. */
        private int maxDeadLetters = -1;

        /** @return the pending age limit */
        public Duration getMaxPendingAge() {
            return maxPendingAge;
        }

        /** @param maxPendingAge  the pending age limit */
        public void setMaxPendingAge(Duration maxPendingAge) {
            this.maxPendingAge = maxPendingAge;
        }

        /** @return the dead-letter limit */
        public int getMaxDeadLetters() {
            return maxDeadLetters;
        }

        /** @param maxDeadLetters  the dead-letter limit */
        public void setMaxDeadLetters(int maxDeadLetters) {
            this.maxDeadLetters = maxDeadLetters;
        }
    }

    /** Metrics read from the store. */
    public static class Metrics {

        /** How long counts read from the store are reused before the next read. */
        private Duration refresh = Duration.ofSeconds(30);

        /** @return the refresh interval */
        public Duration getRefresh() {
            return refresh;
        }

        /** @param refresh  the refresh interval */
        public void setRefresh(Duration refresh) {
            this.refresh = refresh;
        }
    }
}
