package org.waypoint.engagement.process;

import static org.waypoint.engagement.process.OutreachProcess.Variables.ATTEMPT_DETAIL;
import static org.waypoint.engagement.process.OutreachProcess.Variables.ATTEMPT_INTERVAL;
import static org.waypoint.engagement.process.OutreachProcess.Variables.ATTEMPT_NOTE;
import static org.waypoint.engagement.process.OutreachProcess.Variables.ATTEMPT_NUMBER;
import static org.waypoint.engagement.process.OutreachProcess.Variables.FAILED_ATTEMPTS;
import static org.waypoint.engagement.process.OutreachProcess.Variables.LAST_SEEN_WHERE;
import static org.waypoint.engagement.process.OutreachProcess.Variables.LOCATED;
import static org.waypoint.engagement.process.OutreachProcess.Variables.NEW_STRATEGY;
import static org.waypoint.engagement.process.OutreachProcess.Variables.OUTREACH_DECISION;
import static org.waypoint.engagement.process.OutreachProcess.Variables.OUTREACH_ID;
import static org.waypoint.engagement.process.OutreachProcess.Variables.OUTREACH_REASON;
import static org.waypoint.engagement.process.OutreachProcess.Variables.PLACES_SEARCHED;
import static org.waypoint.engagement.process.OutreachProcess.Variables.REVIEW_DUE;
import static org.waypoint.engagement.process.OutreachProcess.Variables.SEEKER_GROUP;
import static org.waypoint.engagement.process.OutreachProcess.Variables.WHEREABOUTS;
import static org.waypoint.engagement.process.OutreachProcess.Variables.WHO_SAW;
import static org.waypoint.platform.ProcessIds.PARTICIPANT_ID;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.waypoint.engagement.NewAttempt;
import org.waypoint.engagement.OutreachDecision;
import org.waypoint.engagement.OutreachEpisode;
import org.waypoint.engagement.OutreachOutcome;
import org.waypoint.engagement.OutreachReason;
import org.waypoint.engagement.OutreachService;
import org.waypoint.engagement.Seekers;
import org.waypoint.platform.access.Actors;
import org.waypoint.platform.access.ProgramGroup;
import org.waypoint.platform.forms.FormFields;

/** The steps of processes/outreach.bpmn, each a call to the outreach service. */
@Component("outreachSteps")
public class OutreachSteps {

	private final OutreachService outreach;

	private final Clock clock;

	OutreachSteps(OutreachService outreach, Clock clock) {
		this.outreach = outreach;
		this.clock = clock;
	}

	/** Opens the search and readies its first attempt, at once. */
	public void open(DelegateExecution execution) {
		OutreachReason reason = FormFields.of(execution, "The search was not started")
			.choice(OUTREACH_REASON, OutreachReason.class);
		OutreachEpisode episode = this.outreach.open(participantId(execution), reason);
		execution.setVariable(OUTREACH_ID, episode.getId());
		execution.setVariable(SEEKER_GROUP, groupOf(episode.getSeekers()));
		prepareNextAttempt(execution, episode.getId());
	}

	/** The open attempt is due before the next one would be. */
	public Date dueBeforeTheNextAttempt(String attemptInterval) {
		return Date.from(this.clock.instant().plus(Duration.parse(attemptInterval)));
	}

	/** Task listener (create): what the outreach worker should know, on the form only. */
	public void showWhereabouts(DelegateTask task) {
		task.setVariableLocal(WHEREABOUTS, this.outreach.whereabouts(outreachId(task.getExecution())));
	}

	public void recordAttempt(DelegateExecution execution) {
		FormFields form = FormFields.of(execution, "The outreach attempt was not recorded");
		long episodeId = outreachId(execution);
		NewAttempt attempt = new NewAttempt(form.text(PLACES_SEARCHED), form.text(LAST_SEEN_WHERE), form.text(WHO_SAW),
				Boolean.TRUE.equals(form.yesNo(LOCATED)), form.text(ATTEMPT_NOTE));
		this.outreach.recordAttempt(episodeId, attempt, Actors.current(execution));
		form.remove(ATTEMPT_DETAIL);
		execution.setVariable(LOCATED, attempt.located());
		execution.setVariable(FAILED_ATTEMPTS, this.outreach.failedAttemptsSinceReview(episodeId));
		execution.setVariable(REVIEW_DUE, !attempt.located() && this.outreach.reviewDue(episodeId));
		prepareNextAttempt(execution, episodeId);
	}

	/** Applies a supervisor's review: a new strategy, other seekers, or inactive. */
	public void applyReview(DelegateExecution execution) {
		FormFields form = FormFields.of(execution, "The outreach review was not recorded");
		OutreachDecision decision = form.choice(OUTREACH_DECISION, OutreachDecision.class);
		if (decision == null) {
			throw form.refused(OUTREACH_DECISION + " is required");
		}
		long episodeId = outreachId(execution);
		OutreachEpisode episode = this.outreach.review(episodeId, decision, form.text(NEW_STRATEGY));
		form.remove(List.of(NEW_STRATEGY));
		execution.setVariable(SEEKER_GROUP, groupOf(episode.getSeekers()));
		prepareNextAttempt(execution, episodeId);
	}

	public void located(DelegateExecution execution) {
		this.outreach.close(outreachId(execution), OutreachOutcome.LOCATED);
	}

	/**
	 * Process end listener: a search the case ended (intake, a contact, a sighting, an
	 * exit) is closed as stopped; one that found the person is already closed.
	 */
	public void stopIfOpen(DelegateExecution execution) {
		Object episodeId = execution.getVariable(OUTREACH_ID);
		if (episodeId != null) {
			this.outreach.close((Long) episodeId, OutreachOutcome.STOPPED);
		}
	}

	private void prepareNextAttempt(DelegateExecution execution, long episodeId) {
		Duration interval = this.outreach.attemptInterval(participantId(execution));
		execution.setVariable(ATTEMPT_NUMBER, this.outreach.nextAttemptNumber(episodeId));
		execution.setVariable(ATTEMPT_INTERVAL, interval.toString());
	}

	private static String groupOf(Seekers seekers) {
		return switch (seekers) {
			case OUTREACH_STAFF -> ProgramGroup.OUTREACH.id();
			case PEER_SPECIALISTS -> ProgramGroup.PEER_SPECIALISTS.id();
		};
	}

	private static long participantId(DelegateExecution execution) {
		return PARTICIPANT_ID.from(execution);
	}

	private static long outreachId(DelegateExecution execution) {
		return (Long) execution.getVariable(OUTREACH_ID);
	}

}
