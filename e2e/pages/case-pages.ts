import { expect, type Page } from "@playwright/test";

const LETTERS = "bdfgklmnprstvz";
/** A surname no other run or test uses: letters only, as duplicate checks ignore digits. */
export function uniqueSurname(): string {
  const letters = Array.from({ length: 8 }, (_, i) => (i % 2 ? "aeiou" : LETTERS).charAt(Math.floor(Math.random() * (i % 2 ? 5 : LETTERS.length))));
  return letters.join("").replace(/^./, (c) => c.toUpperCase());
}

export const ROUND_2020 = "12th EU-Kazakhstan Human Rights Dialogue (online, 2020)";
export const DOCUMENT_2025 = "Kazakhstan: Annual Human Rights Dialogue in Brussels";
export const DOCUMENT_2020 = "EU and Kazakhstan hold annual Human Rights Dialogue and Subcommittee on Justice and Home Affairs";

/** The case pages: create, record a round and a situation, link a concern. */
export class CasePages {
  constructor(readonly page: Page) {}

  /** Creates a case and returns its id, from the address of the page it opens. */
  async create(name: string, { sensitive = false } = {}) {
    await this.page.goto("/cases/new");
    await this.page.getByLabel("Name or label").fill(name);
    if (sensitive) await this.page.getByRole("checkbox", { name: /^Sensitive/ }).check();
    await this.page.getByRole("button", { name: "Create case" }).click();
    await expect(this.page.getByRole("heading", { level: 1, name })).toBeVisible();
    return Number(/\/cases\/(\d+)$/.exec(this.page.url())![1]);
  }

  async recordRound(round: string, document: string, quote: string) {
    await this.page.getByRole("link", { name: "Record a round raised" }).click();
    await this.page.getByLabel("Round", { exact: true }).selectOption({ label: round });
    await this.page.getByLabel("Document", { exact: true }).selectOption({ label: document });
    await this.page.getByLabel("Quote", { exact: true }).fill(quote);
    await this.page.getByRole("button", { name: "Save round" }).click();
    await expect(this.page.getByRole("region", { name: "Rounds at which the EU raised it" })).toContainText(quote);
  }

  async recordSituation(situation: string, asOf: string, document: string, quote: string) {
    await this.page.getByRole("link", { name: "Record a situation" }).click();
    await this.page.getByLabel("Situation", { exact: true }).selectOption({ label: situation });
    await this.page.getByLabel("As of", { exact: true }).fill(asOf);
    await this.page.getByLabel("Document", { exact: true }).selectOption({ label: document });
    await this.page.getByLabel("Quote", { exact: true }).fill(quote);
    await this.page.getByRole("button", { name: "Save situation" }).click();
    await expect(this.page.getByRole("region", { name: "Situation over time" })).toContainText(quote);
  }

  async linkConcern(label: string) {
    await this.page.getByLabel("Link a concern").selectOption({ label });
    await this.page.getByRole("button", { name: "Link", exact: true }).click();
    await expect(this.page.getByRole("region", { name: "Concerns it illustrates" }).getByRole("link", { name: label.replace(/ \([^)]*\)$/, "") })).toBeVisible();
  }
}
