import { ConcernPage, StatusEditPage } from "./pages/concern-pages";
import { LoginPage } from "./pages/login-page";
import { expect, test } from "./support/test";

test("two people edit the same status: the second save is refused and neither text is lost", async ({ browser }) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  const pageA = await first.newPage();
  const pageB = await second.newPage();
  await new LoginPage(pageA).logInAs("ANALYST", "/concerns");
  await new LoginPage(pageB).logInAs("ADMIN", "/concerns");

  await new ConcernPage(pageA).open("Abolition of the death penalty");
  await pageA.getByRole("link", { name: /^Edit the status at / }).first().click();
  await expect(pageA).toHaveURL(/\/statuses\/\d+\/edit$/);
  await pageB.goto(pageA.url());

  const a = new StatusEditPage(pageA);
  const b = new StatusEditPage(pageB);
  const textA = "Analyst A: abolition confirmed in the 2021 law.";
  const textB = "Analyst B: check the OSCE report before the next round.";
  await a.note().fill(textA);
  await b.note().fill(textB);

  await a.save();
  await expect(pageA).toHaveURL(/\/concerns\/\d+#round-\d+$/);
  await expect(pageA.getByRole("list", { name: "Timeline" })).toContainText(textA);

  await b.save();
  await expect(pageB.locator("form").getByRole("alert")).toContainText("Someone else changed this status");
  await expect(b.staleNotice()).toContainText(textA);
  await expect(b.note()).toHaveValue(textB);

  // Having seen the other version, B can knowingly save theirs.
  await b.save();
  await expect(pageB).toHaveURL(/\/concerns\/\d+#round-\d+$/);
  await expect(pageB.getByRole("list", { name: "Timeline" })).toContainText(textB);
  // A's text is not lost either: it stays in the concern's history.
  await expect(pageB.getByRole("list", { name: "Change history" })).toContainText(textA);

  await first.close();
  await second.close();
});
