import { expect, type Locator, type Page } from "@playwright/test";

/** One field of a form, found by its label, and what to put in it. */
export type FormField =
  | { label: string; text: string }
  | { label: string; option: string }
  | { label: string; checked: boolean };

const control = (scope: Page | Locator, label: string) => scope.getByLabel(label, { exact: true });

/** Fills every field as a user would: typing, choosing an option by its visible label, ticking. */
export async function fillFields(scope: Page | Locator, fields: FormField[]) {
  for (const field of fields) {
    const element = control(scope, field.label);
    if ("text" in field) await element.fill(field.text);
    else if ("option" in field) await element.selectOption({ label: field.option });
    else await element.setChecked(field.checked);
  }
}

/** Every field still shows what the user put in it. */
export async function expectFieldsKept(scope: Page | Locator, fields: FormField[]) {
  for (const field of fields) {
    const element = control(scope, field.label);
    if ("text" in field) await expect(element, field.label).toHaveValue(field.text);
    else if ("option" in field) await expect(element.locator("option:checked"), field.label).toHaveText(field.option);
    else await expect(element, field.label).toBeChecked({ checked: field.checked });
  }
}

/** The refusal the form shows, and the field message it points to with aria-describedby. */
export async function expectRefused(scope: Page | Locator, message: RegExp, field?: { label: string; error: RegExp }) {
  await expect(scope.getByRole("alert").first()).toContainText(message);
  if (field) await expect(control(scope, field.label)).toHaveAccessibleDescription(field.error);
}
