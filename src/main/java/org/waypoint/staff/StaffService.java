package org.waypoint.staff;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class StaffService {

	private final StaffMemberRepository staffMembers;

	private final Clock clock;

	StaffService(StaffMemberRepository staffMembers, Clock clock) {
		this.staffMembers = staffMembers;
		this.clock = clock;
	}

	/** Records (or updates) a staff member's confirmed profile. */
	@Transactional
	public StaffMember confirmProfile(StaffProfile profile) {
		StaffMember member = this.staffMembers.findById(profile.userId())
			.orElseGet(() -> new StaffMember(profile.userId()));
		member.confirm(profile, this.clock.instant());
		return this.staffMembers.save(member);
	}

	/** The name colleagues know a login by, once their profile is confirmed. */
	@Transactional(readOnly = true)
	public Optional<String> displayNameOf(String userId) {
		return this.staffMembers.findById(userId).map(StaffMember::getDisplayName);
	}

}
