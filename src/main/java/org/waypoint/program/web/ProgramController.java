package org.waypoint.program.web;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
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
import org.waypoint.program.AtRisk;
import org.waypoint.program.AtRisk.Row;
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
	CaseloadsNow caseloads() {
		this.apiCaller.requireOneOf(ProgramGroup.oversight());
		return this.view.caseloads();
	}

	/**
	 * Fidelity and outcomes month by month, from {@code from} to {@code to} (months,
	 * 2026-09); the last six months to this one when left out.
	 */
	@GetMapping("/fidelity")
	Fidelity fidelity(@RequestParam(required = false) YearMonth from, @RequestParam(required = false) YearMonth to,
			@RequestParam(required = false) String caseManager) {
		this.apiCaller.requireOneOf(ProgramGroup.oversight());
		YearMonth until = (to != null) ? to : YearMonth.now(this.clock);
		return this.fidelity.report((from != null) ? from : until.minusMonths(5), until, caseManager);
	}

	/** The same figures as CSV, one line per month and figure. */
	@GetMapping("/fidelity.csv")
	ResponseEntity<String> fidelityCsv(@RequestParam(required = false) YearMonth from,
			@RequestParam(required = false) YearMonth to, @RequestParam(required = false) String caseManager)
			throws JsonProcessingException {
		return csv("fidelity", FidelityLine.class, FidelityLine.of(fidelity(from, to, caseManager)));
	}

	@GetMapping("/at-risk")
	AtRisk atRisk() {
		this.apiCaller.requireOneOf(ProgramGroup.oversight());
		return this.view.atRisk();
	}

	/** One at-risk list (inTheWind, openCrises...) as CSV, a header row first. */
	@GetMapping("/at-risk/{list}.csv")
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
