package org.waypoint.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps personal and clinical detail out of the engine's history (DESIGN.md section 2):
 * the variables named in {@code waypoint.history.unrecorded-variables} are written
 * neither to ACT_HI_VARINST nor to ACT_HI_DETAIL, whether as variable updates or as the
 * form properties the engine records for each field a form submission (Tasklist's
 * {@code submit-form}) carries; and the evaluations of the decisions named in
 * {@code waypoint.history.unrecorded-decisions} (clinical inputs) not to ACT_HI_DECINST
 * and its inputs. Forms that collect such detail hand it to the domain when their task
 * completes and remove it from the process.
 */
@Component
class UnrecordedVariablesHistory extends AbstractProcessEnginePlugin {

	private final Set<String> unrecorded;

	private final Set<String> unrecordedDecisions;

	UnrecordedVariablesHistory(@Value("${waypoint.history.unrecorded-variables}") Set<String> unrecorded,
			@Value("${waypoint.history.unrecorded-decisions}") Set<String> unrecordedDecisions) {
		this.unrecorded = Set.copyOf(unrecorded);
		this.unrecordedDecisions = Set.copyOf(unrecordedDecisions);
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setEnableDefaultDbHistoryEventHandler(false);
		List<HistoryEventHandler> handlers = new ArrayList<>();
		if (configuration.getCustomHistoryEventHandlers() != null) {
			handlers.addAll(configuration.getCustomHistoryEventHandlers());
		}
		handlers.add(new SkippingHandler(new DbHistoryEventHandler(), this.unrecorded, this.unrecordedDecisions));
		configuration.setCustomHistoryEventHandlers(handlers);
	}

	private record SkippingHandler(HistoryEventHandler delegate, Set<String> unrecorded,
			Set<String> unrecordedDecisions) implements HistoryEventHandler {

		@Override
		public void handleEvent(HistoryEvent event) {
			if (!isUnrecorded(event)) {
				this.delegate.handleEvent(event);
			}
		}

		@Override
		public void handleEvents(List<HistoryEvent> events) {
			events.forEach(this::handleEvent);
		}

		private boolean isUnrecorded(HistoryEvent event) {
			if (event instanceof HistoricDecisionEvaluationEvent evaluation) {
				return this.unrecordedDecisions
					.contains(evaluation.getRootHistoricDecisionInstance().getDecisionDefinitionKey());
			}
			if (event instanceof HistoricFormPropertyEventEntity formField) {
				return this.unrecorded.contains(formField.getPropertyId());
			}
			return event instanceof HistoricVariableUpdateEventEntity variable
					&& this.unrecorded.contains(variable.getVariableName());
		}

	}

}
