// Every spec imports `test` from here (lint refuses it from @playwright/test): before
// the first test of each spec file runs, the app's database is replaced by a fresh copy
// of the seeded template (scripts/e2e-server.ts). A spec may then change seeded
// records, and fail halfway, without any other spec seeing it, in any file order.
import { test as base } from "@playwright/test";
import { readE2eDatabases } from "../../scripts/lib/e2e-app";
import { createDatabaseWithRoles } from "../../test/support/test-database";

export { expect } from "@playwright/test";

/** The spec file whose fresh database the app is on, in this worker. */
let databaseOf: string | undefined;

/** A fresh copy of the seeded database, named `name`, on the e2e database server; returns the app's URL of it. */
export async function copySeededDatabase(name: string): Promise<string> {
  const { adminUrl, template } = readE2eDatabases();
  return (await createDatabaseWithRoles(adminUrl, name, template)).url;
}

export const test = base.extend<{ freshDatabase: void }>({
  freshDatabase: [
    async ({}, use, testInfo) => {
      if (databaseOf !== testInfo.file) {
        // Drops the app's connections with the old database; its pool reconnects at the next query.
        await copySeededDatabase(readE2eDatabases().database);
        databaseOf = testInfo.file;
      }
      await use();
    },
    { auto: true },
  ],
});
