package org.waypoint.program.web;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.waypoint.platform.NotFoundException;
import org.waypoint.platform.access.ApiCaller;
import org.waypoint.platform.access.ProgramGroup;
import org.waypoint.platform.web.CalledBy;
import org.waypoint.program.AtRisk.Row;
import org.waypoint.program.AtRisk;
import org.waypoint.program.CaseloadsNow;
import org.waypoint.program.Fidelity;
import org.waypoint.program.FidelityLine;
import org.waypoint.program.FidelityReport;
import org.waypoint.program.ProgramView;

/**
 * The program view for Cockpit's Waypoint page (and any client of those who oversee the
 * program): caseloads now, and the people at risk of being lost, each list also as CSV.
 */
@RestController
@RequestMapping("/api/program")
@Tag(name = "Program view",
		description = "The supervisors' view of the program: caseloads, people at risk of being lost, fidelity and outcomes.")
class ProgramController {

	private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private final ProgramView view;

	private final ApiCaller apiCaller;

	private final CsvMapper csv = CsvMapper.builder()
		.addModule(new JavaTimeModule())
		.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	private final FidelityReport fidelity;

	private final Clock clock;

	ProgramController(ProgramView view, FidelityReport fidelity, ApiCaller apiCaller, Clock clock) {
		this.view = view;
		this.fidelity = fidelity;
		this.apiCaller = apiCaller;
		this.clock = clock;
	}

	@GetMapping("/caseloads")
	@Operation(operationId = "programCaseloads", summary = "Caseloads now", description = """
			Each case manager's participants, those in intensive service models, own limit, leave \
			and cover; the average per full-time equivalent (own limit / cap) against the policy \
			average, the pacing threshold, the cap and the intensive standard as the site sets them \
			(by default 20, 18, 25 and 15: `averageLimit`, `pacingThreshold`, `cap`, \
			`intensiveStandard`); referrals waiting for screening; this month's capacity decisions by door, with the \
			decline reasons.""")
	@ApiResponse(responseCode = "200", description = "The caseloads now.")
	@CalledBy("supervisors, program-admins")
	CaseloadsNow caseloads() {
		this.apiCaller.requireOneOf(ProgramGroup.oversight());
		return this.view.caseloads();
	}

	/**
	 * Fidelity and outcomes month by month, from {@code from} to {@code to} (months,
	 * 2026-09); the last six months to this one when left out.
	 */
	@GetMapping("/fidelity")
	@Operation(operationId = "fidelity", summary = "Fidelity and outcomes, month by month", description = """
			UTC months from `from` to `to` (`YYYY-MM`, at most 24; the last six to this one when \
			left out), for the program or only `caseManager`'s participants (capacity decisions stay \
			the program's): days from referral to intake by door (median, 90th percentile by nearest \
			rank) and the share within the door's window; contacts per participant per week and the \
			share in the field; warm handoffs engaged; follow-up check-ins that reached the person, \
			by day; crises answered in time; decisions by door. Each share is `count` of `of`, with \
			the `caseNumbers` behind it.""")
	@ApiResponse(responseCode = "200", description = "The figures, one entry per month.")
	@ApiResponse(responseCode = "400",
			description = "A month that is not `YYYY-MM`, `to` before `from`, or more than 24 months.")
	@CalledBy("supervisors, program-admins")
	Fidelity fidelity(@RequestParam(required = false) YearMonth from, @RequestParam(required = false) YearMonth to,
			@RequestParam(required = false) String caseManager) {
		this.apiCaller.requireOneOf(ProgramGroup.oversight());
		YearMonth until = (to != null) ? to : YearMonth.now(this.clock);
		return this.fidelity.report((from != null) ? from : until.minusMonths(5), until, caseManager);
	}

	/** The same figures as CSV, one line per month and figure. */
	@GetMapping("/fidelity.csv")
	@Operation(operationId = "fidelityCsv", summary = "Fidelity and outcomes as CSV",
			description = "The figures of `GET /api/program/fidelity`, one line per month and figure, a header row first.")
	@ApiResponse(responseCode = "200", description = "The figures as CSV (an attachment, fidelity.csv).",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "400",
			description = "A month that is not `YYYY-MM`, `to` before `from`, or more than 24 months.")
	@CalledBy("supervisors, program-admins")
	ResponseEntity<String> fidelityCsv(@RequestParam(required = false) YearMonth from,
			@RequestParam(required = false) YearMonth to, @RequestParam(required = false) String caseManager)
			throws JsonProcessingException {
		return csv("fidelity", FidelityLine.class, FidelityLine.of(fidelity(from, to, caseManager)));
	}

	@GetMapping("/at-risk")
	@Operation(operationId = "atRisk", summary = "People at risk of being lost", description = """
			List by list: `openCrises` (hours since the report, answered in time or not), \
			`inTheWind` and `inactive` (days since the last contact, longest first), \
			`contactOverdue`, `intakesDue` (within 7 days or overdue), `releasesExpiring` (within \
			30 days; not those that tell of substance-use treatment), `followUpsNotReached`. Each \
			row: participant, case number, case manager, the moment the list is about, days since \
			(or left), what it is.""")
	@ApiResponse(responseCode = "200", description = "The lists.")
	@CalledBy("supervisors, program-admins")
	AtRisk atRisk() {
		this.apiCaller.requireOneOf(ProgramGroup.oversight());
		return this.view.atRisk();
	}

	/** One at-risk list (inTheWind, openCrises...) as CSV, a header row first. */
	@GetMapping("/at-risk/{list}.csv")
	@Operation(operationId = "atRiskCsv", summary = "One at-risk list as CSV",
			description = "One list of `GET /api/program/at-risk` by its name (`inTheWind`, `openCrises`...), a header row first.")
	@ApiResponse(responseCode = "200", description = "The list as CSV (an attachment named after the list).",
			content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "404", description = "No list of that name; the refusal names the lists.")
	@CalledBy("supervisors, program-admins")
	ResponseEntity<String> atRiskCsv(@PathVariable String list) throws JsonProcessingException {
		this.apiCaller.requireOneOf(ProgramGroup.oversight());
		AtRisk atRisk = this.view.atRisk();
		Map<String, List<Row>> lists = Map.of("inTheWind", atRisk.inTheWind(), "inactive", atRisk.inactive(),
				"contactOverdue", atRisk.contactOverdue(), "intakesDue", atRisk.intakesDue(), "openCrises",
				atRisk.openCrises(), "releasesExpiring", atRisk.releasesExpiring(), "followUpsNotReached",
				atRisk.followUpsNotReached());
		List<Row> rows = lists.get(list);
		if (rows == null) {
			throw new NotFoundException(
					"No at-risk list " + list + "; the lists are " + String.join(", ", lists.keySet()));
		}
		return csv(list, Row.class, rows);
	}

	/** Records as CSV, their fields in the order they declare them, a header first. */
	private ResponseEntity<String> csv(String name, Class<? extends Record> type, List<?> records)
			throws JsonProcessingException {
		CsvSchema columns = Stream.of(type.getRecordComponents())
			.map(RecordComponent::getName)
			.reduce(CsvSchema.builder(), CsvSchema.Builder::addColumn, (first, second) -> first)
			.build()
			.withHeader();
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
			.body(this.csv.writer(columns).writeValueAsString(records));
	}

}
