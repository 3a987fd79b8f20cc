package org.waypoint.referral;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralRepository extends JpaRepository<Referral, Long> {

	Optional<Referral> findBySubmittedByAndPartnerReference(String submittedBy, String partnerReference);

}
