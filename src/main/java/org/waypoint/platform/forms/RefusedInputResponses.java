package org.waypoint.platform.forms;

import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.waypoint.platform.InvalidInputException;

/**
 * A refused form, as Tasklist and API clients read it: the engine REST API (and the
 * webapps' own copy of it, which Tasklist calls) answers a task's {@code submit-form} or
 * {@code complete} that a rule refused with 400 and the refusal in the worker's words,
 * where Camunda's own handler would answer 500 with "Cannot submit task form <id>:
 * org.waypoint...InvalidInputException: ...".
 */
@Configuration(proxyBeanMethods = false)
class RefusedInputResponses {

	/**
	 * Both JAX-RS applications take their providers from Camunda's configuration classes;
	 * this adds the mapper there before either starts.
	 */
	@Bean
	static BeanFactoryPostProcessor refusedInputMapperForEngineRest() {
		return beanFactory -> CamundaRestResources.getConfigurationClasses().add(Mapper.class);
	}

	/** Takes precedence over Camunda's RestExceptionHandler for refusals only. */
	@Provider
	@Priority(1)
	public static class Mapper implements ExtendedExceptionMapper<RestException> {

		@Override
		public boolean isMappable(RestException exception) {
			return RefusedInput.in(exception).isPresent();
		}

		@Override
		public Response toResponse(RestException exception) {
			InvalidInputException refusal = RefusedInput.in(exception).orElseThrow();
			return Response.status(Response.Status.BAD_REQUEST)
				.type(MediaType.APPLICATION_JSON_TYPE)
				.entity(Map.of("type", "InvalidInput", "message", refusal.getMessage(), "problems", refusal.problems()))
				.build();
		}

	}

}
