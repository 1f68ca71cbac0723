package org.wptdlm.ingest.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** When an owner may still publish for a hub (fencing on the owner's side), and the settings that time it. */
class LeaseTest {

    private static final Duration TRUSTED_FOR = Duration.ofSeconds(7);

    @Test
    void aLeaseIsHeldWithinItsTrustWindowAfterTheLastRenewal() {
        long now = System.nanoTime();
        Lease lease = Lease.acquired("hub-1", 5, "dlm-1", now, TRUSTED_FOR);

        assertThat(lease.held()).isTrue();
    }

    @Test
    void aLeaseWhoseRenewalsStoppedIsNoLongerHeld() {
        long renewedLongAgo = System.nanoTime() - TRUSTED_FOR.plusMillis(1).toNanos();
        Lease lease = Lease.acquired("hub-1", 5, "dlm-1", renewedLongAgo, TRUSTED_FOR);

        assertThat(lease.held()).isFalse();
    }

    @Test
    void aRenewalExtendsTheTrustWindow() {
        Lease lease = Lease.acquired("hub-1", 5, "dlm-1", System.nanoTime() - TRUSTED_FOR.toNanos() * 2, TRUSTED_FOR);

        lease.renewed(System.nanoTime(), TRUSTED_FOR);

        assertThat(lease.held()).isTrue();
    }

    @Test
    void aRevokedLeaseIsNeverHeldAgainEvenIfRenewedLater() {
        Lease lease = Lease.acquired("hub-1", 5, "dlm-1", System.nanoTime(), TRUSTED_FOR);

        lease.revoke();
        lease.renewed(System.nanoTime(), TRUSTED_FOR);

        assertThat(lease.held()).isFalse();
    }

    @Test
    void theSingleInstancesLeaseIsHeldUntilRevoked() {
        Lease lease = Lease.permanent("hub-1", 1_700_000_000_000L, "solo");

        assertThat(lease.held()).isTrue();
        assertThat(lease.epoch()).isEqualTo(1_700_000_000_000L);
    }

    @Test
    void theOwnerTrustsItsLeaseForTheTimeToLiveLessOneRenewalInterval() {
        ClusterSettings settings = new ClusterSettings(true, "dlm-1", Duration.ofSeconds(10), Duration.ofSeconds(3), "");

        assertThat(settings.trustedFor()).isEqualTo(Duration.ofSeconds(7));
    }

    @Test
    void aRenewalIntervalAboveHalfTheTimeToLiveIsRefused() {
        assertThatThrownBy(() -> new ClusterSettings(true, "dlm-1", Duration.ofSeconds(10), Duration.ofSeconds(6), ""))
                .hasMessageContaining("dlm.cluster.renew-interval");
    }

    @Test
    void withoutAnInstanceIdTheHostAndProcessNameTheInstance() {
        ClusterSettings settings = new ClusterSettings(true, null, Duration.ofSeconds(10), Duration.ofSeconds(3), "");

        assertThat(settings.instanceId()).matches("[A-Za-z0-9._-]{1,64}")
                .endsWith("-" + ProcessHandle.current().pid());
    }
}
