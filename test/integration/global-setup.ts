import type { TestProject } from "vitest/node";
import { prepareDatabase } from "@/scripts/lib/prepare-database";
import { startTestDatabaseServer } from "@/test/support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    /** The app's URL, as its role: lib/db in the tests. */
    databaseUrl: string;
    /** The same database as its owner, who migrated it. */
    migrationDatabaseUrl: string;
    serverUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const server = await startTestDatabaseServer();
  const urls = await server.createDatabase(`dialogue_tracker_it_${process.pid}`);
  await prepareDatabase(urls, () => {});
  project.provide("databaseUrl", urls.url);
  project.provide("migrationDatabaseUrl", urls.migrationUrl);
  // Tests that need an empty database (migrations, schema drift) make their own there.
  project.provide("serverUrl", server.adminUrl);
  return () => server.stop();
}
