package org.waypoint.support;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;

/**
 * Fills a Camunda Form in Tasklist the way a person does: fields are found by the label
 * they show, choices by the text of the option.
 */
public final class CamundaForm {

	private static final DateTimeFormatter FORM_DATE = DateTimeFormatter.ofPattern("MM/dd/yyyy");

	private final Page page;

	public CamundaForm(Page page) {
		this.page = page;
	}

	/** The form field whose own label reads this. */
	public Locator field(String label) {
		return this.page.locator(".fjs-form-field")
			.filter(new Locator.FilterOptions().setHas(this.page.locator(":scope > .fjs-form-field-label")
				.filter(new Locator.FilterOptions().setHasText(Pattern.compile(exactly(label))))))
			.last();
	}

	/** Picks one answer of a radio group. */
	public CamundaForm choose(String label, String option) {
		field(label).getByLabel(option, new Locator.GetByLabelOptions().setExact(true)).check();
		return this;
	}

	/** Ticks an option of a checklist. */
	public CamundaForm tick(String label, String option) {
		return choose(label, option);
	}

	/** Ticks a single checkbox. */
	public CamundaForm check(String label) {
		input(label).check();
		return this;
	}

	public CamundaForm fill(String label, String text) {
		input(label).fill(text);
		return this;
	}

	/** The input of this label. */
	private Locator input(String label) {
		return this.page.getByLabel(Pattern.compile(exactly(label)));
	}

	/**
	 * A pattern for the label as shown, a required field's with an asterisk. Playwright
	 * hands it to the browser: JavaScript knows no \Q...\E quoting.
	 */
	private static String exactly(String label) {
		return "^" + label.replaceAll("[.*+?^${}()|\\[\\]\\\\/]", "\\\\$0") + "\\*?$";
	}

	/** Opens a drop-down and picks the option. */
	public CamundaForm select(String label, String option) {
		field(label).locator(".fjs-input-group").click();
		this.page.locator(".fjs-dropdownlist-item")
			.getByText(option, new Locator.GetByTextOptions().setExact(true))
			.click();
		return this;
	}

	/** Types a date into a date picker as a person in the US locale would. */
	public CamundaForm date(String label, LocalDate date) {
		Locator input = input(label);
		input.fill(FORM_DATE.format(date));
		// the picker takes the typed date on leaving the field (Enter would submit the
		// form); what is typed while its calendar closes is lost
		input.blur();
		assertThat(this.page.locator(".flatpickr-calendar.open")).hasCount(0);
		afterFormJsEffects();
		return this;
	}

	/**
	 * Types a time of day (24-hour clock) into a time picker. Fill it last: the form
	 * re-renders as the picker closes and drops what is typed in that instant.
	 */
	public CamundaForm time(String label, String hoursAndMinutes) {
		Locator input = input(label);
		input.fill(hoursAndMinutes);
		input.blur();
		assertThat(this.page.locator(".fjs-dropdownlist")).hasCount(0);
		afterFormJsEffects();
		Locator dateTimeErrors = this.page.locator(".fjs-form-field-datetime .fjs-form-field-error");
		if (dateTimeErrors.count() > 0) {
			// form-js 1.8.7 drops a time committed within a frame of the date (a stale
			// effect in Datetime); committing it again takes
			input.focus();
			input.blur();
			afterFormJsEffects();
		}
		assertThat(dateTimeErrors).hasCount(0);
		return this;
	}

	/**
	 * Waits until preact has run the effects of the last change: form-js's date-time
	 * field merges a date or a time into its value in an effect, after the next frame (or
	 * 100 ms), and a second change before that is lost.
	 */
	private void afterFormJsEffects() {
		this.page.evaluate("() => new Promise(done => requestAnimationFrame(() => setTimeout(done, 150)))");
	}

	/** The form's Complete button. */
	public void complete() {
		Locator complete = this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete"));
		try {
			complete.click();
			// the task is done when Tasklist closes its form, not when the click is sent
			assertThat(complete).hasCount(0);
		}
		catch (TimeoutError ex) {
			throw new IllegalStateException("The form did not let the task complete; it shows "
					+ this.page.locator(".fjs-form-field-error").allInnerTexts(), ex);
		}
	}

}
