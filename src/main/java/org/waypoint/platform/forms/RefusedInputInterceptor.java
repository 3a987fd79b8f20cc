package org.waypoint.platform.forms;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns a domain refusal ({@code InvalidInputException}) thrown inside an engine command,
 * however the engine wrapped it (an expression, a listener), into a {@link RefusedInput}
 * before the command context sees it: the refusal is logged in one line here, not as two
 * stack traces by the engine and its REST layer, and the REST layer answers 400 with the
 * refusal's words.
 */
@Component
class RefusedInputInterceptor extends AbstractProcessEnginePlugin {

	private static final Logger log = LoggerFactory.getLogger(RefusedInputInterceptor.class);

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<CommandInterceptor> interceptors = new ArrayList<>();
		if (configuration.getCustomPostCommandInterceptorsTxRequired() != null) {
			interceptors.addAll(configuration.getCustomPostCommandInterceptorsTxRequired());
		}
		interceptors.add(new Translating());
		configuration.setCustomPostCommandInterceptorsTxRequired(interceptors);
	}

	private static final class Translating extends CommandInterceptor {

		@Override
		public <T> T execute(Command<T> command) {
			try {
				return this.next.execute(command);
			}
			catch (RefusedInput refused) {
				throw refused;
			}
			catch (RuntimeException thrown) {
				RuntimeException translated = RefusedInput.in(thrown)
					.<RuntimeException>map(RefusedInput::new)
					.orElse(thrown);
				if (translated instanceof RefusedInput refused) {
					log.info("Refused: {}", refused.getMessage());
				}
				throw translated;
			}
		}

	}

}
