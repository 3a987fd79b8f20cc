package org.waypoint.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
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

	/** The form field whose own label contains this text. */
	public Locator field(String label) {
		return this.page
			.locator(".fjs-form-field:has(> .fjs-form-field-label:has-text(\"" + label + "\"), > label:has-text(\""
					+ label + "\"))")
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

	/** The input of this label; a required field's label ends in an asterisk. */
	private Locator input(String label) {
		// Playwright hands the pattern to the browser: JavaScript knows no \Q...\E
		// quoting
		String literal = label.replaceAll("[.*+?^${}()|\\[\\]\\\\/]", "\\\\$0");
		return this.page.getByLabel(Pattern.compile("^" + literal + "\\*?$"));
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
		// form)
		input.blur();
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
		return this;
	}

	/** The form's Complete button. */
	public void complete() {
		Locator complete = this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Complete"));
		if (complete.isDisabled()) {
			throw new IllegalStateException("The form does not let the task complete: "
					+ this.page.locator(".fjs-form-field-error, .fjs-has-errors").allInnerTexts() + " in "
					+ this.page.locator(".fjs-form").innerHTML());
		}
		complete.click();
	}

}
