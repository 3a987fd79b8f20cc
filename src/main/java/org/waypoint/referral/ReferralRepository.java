package org.waypoint.referral;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralRepository extends JpaRepository<Referral, Long> {

	long countByStatus(ReferralStatus status);

	Optional<Referral> findBySubmittedByAndPartnerReference(String submittedBy, String partnerReference);

	List<Referral> findByClosedAtAfter(Instant since);

}
