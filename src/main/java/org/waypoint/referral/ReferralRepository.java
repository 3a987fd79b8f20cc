package org.waypoint.referral;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReferralRepository extends JpaRepository<Referral, Long> {

	long countByStatus(ReferralStatus status);

	@Query("select new org.waypoint.referral.ReferralOrigin(r.id, r.door, r.receivedAt) from Referral r where r.id in :ids")
	List<ReferralOrigin> originsOf(Collection<Long> ids);

	Optional<Referral> findBySubmittedByAndPartnerReference(String submittedBy, String partnerReference);

	List<Referral> findByClosedAtAfter(Instant since);

}
