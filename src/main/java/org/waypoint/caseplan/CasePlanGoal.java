package org.waypoint.caseplan;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.waypoint.handoff.ServiceType;

@Entity
@Table(name = "case_plan_goal")
public class CasePlanGoal {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	@Enumerated(EnumType.STRING)
	private PlanDomain domain;

	private String addresses;

	private String goal;

	private String actions;

	private String responsible;

	@Column(name = "target_date")
	private LocalDate targetDate;

	@Enumerated(EnumType.STRING)
	private GoalStatus status;

	@Enumerated(EnumType.STRING)
	@Column(name = "handoff_to")
	private ServiceType handoffTo;

	protected CasePlanGoal() {
	}

	CasePlanGoal(int position, NewGoal goal) {
		this.position = position;
		this.domain = goal.domain();
		this.addresses = goal.addresses().strip();
		this.goal = goal.goal().strip();
		this.actions = goal.actions().strip();
		this.responsible = goal.responsible().strip();
		this.targetDate = goal.targetDate();
		this.status = (goal.status() != null) ? goal.status() : GoalStatus.OPEN;
		this.handoffTo = goal.handoffTo();
	}

	void setStatus(GoalStatus status) {
		this.status = status;
	}

	public int getPosition() {
		return this.position;
	}

	public PlanDomain getDomain() {
		return this.domain;
	}

	public String getAddresses() {
		return this.addresses;
	}

	public String getGoal() {
		return this.goal;
	}

	public String getActions() {
		return this.actions;
	}

	public String getResponsible() {
		return this.responsible;
	}

	public LocalDate getTargetDate() {
		return this.targetDate;
	}

	public GoalStatus getStatus() {
		return this.status;
	}

	public ServiceType getHandoffTo() {
		return this.handoffTo;
	}

}
