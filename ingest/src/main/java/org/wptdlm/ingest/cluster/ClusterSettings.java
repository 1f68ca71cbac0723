package org.wptdlm.ingest.cluster;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Running several instances of the service ({@code dlm.cluster.*}, docs/scaling.md).
 *
 * @param enabled true when several instances share the database and broker: each hub is then owned
 *     by one of them through a lease; false (the default) makes this instance the owner of every hub
 * @param instanceId this instance's name in the cluster (leases, heartbeats, the {@code ownerInstance}
 *     of its allocations); host name and process id when not set
 * @param leaseTtl a lease not renewed for this long is free for another instance; also how long an
 *     instance's heartbeat counts it alive
 * @param renewInterval how often leases are renewed and hubs claimed or released; well below the TTL
 * @param sharedSubscriptionGroup when set, pad telemetry is subscribed as
 *     {@code $share/<group>/iot/hubs/+/nodes/+/telemetry}: the broker hands each reading to one
 *     instance of the group, so storing it scales with the instances (Mosquitto ≥ 1.6, EMQX, HiveMQ;
 *     see docs/scaling.md)
 */
@Validated
@ConfigurationProperties(prefix = "dlm.cluster")
public record ClusterSettings(
        @DefaultValue("false") boolean enabled,
        @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String instanceId,
        @NotNull @DefaultValue("10s") Duration leaseTtl,
        @NotNull @DefaultValue("3s") Duration renewInterval,
        @Pattern(regexp = "|[A-Za-z0-9._-]{1,64}") @DefaultValue("") String sharedSubscriptionGroup) {

    public ClusterSettings {
        if (instanceId == null || instanceId.isBlank()) {
            instanceId = defaultInstanceId();
        }
        if (renewInterval.multipliedBy(2).compareTo(leaseTtl) > 0) {
            throw new IllegalArgumentException("dlm.cluster.renew-interval (" + renewInterval
                    + ") must be at most half of dlm.cluster.lease-ttl (" + leaseTtl + ")");
        }
    }

    /** The defaults of one instance on its own, named {@code instanceId}. */
    public static ClusterSettings singleInstance(String instanceId) {
        return new ClusterSettings(false, instanceId, Duration.ofSeconds(10), Duration.ofSeconds(3), "");
    }

    /**
     * How long after a renewal started the owner still trusts its lease: the TTL less one renewal
     * interval, which leaves room for a renewal that is late and for clocks that differ a little
     * (the lease table is written with each instance's own clock).
     */
    public Duration trustedFor() {
        return leaseTtl.minus(renewInterval);
    }

    public boolean sharesTelemetry() {
        return !sharedSubscriptionGroup.isEmpty();
    }

    private static String defaultInstanceId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = UUID.randomUUID().toString().substring(0, 8);
        }
        String id = host.replaceAll("[^A-Za-z0-9._-]", "-") + "-" + ManagementFactory.getRuntimeMXBean().getPid();
        return id.length() <= 64 ? id : id.substring(id.length() - 64);
    }
}
