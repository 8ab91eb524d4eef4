import { afterEach, describe, expect, it, vi } from "vitest";
import { configuredDatabaseUrls, embeddedAppUrl } from "./app-role";

const OWNER = "postgresql://owner:secret@db.example.org:5432/dialogue";
const APP = "postgresql://app:other@db.example.org:5432/dialogue";

describe("the database URLs the environment gives", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("connects the app as DATABASE_URL and migrates as MIGRATION_DATABASE_URL", () => {
    vi.stubEnv("DATABASE_URL", APP);
    vi.stubEnv("MIGRATION_DATABASE_URL", OWNER);
    expect(configuredDatabaseUrls()).toEqual({ url: APP, migrationUrl: OWNER });
  });

  it("uses DATABASE_URL for both when it is the only one", () => {
    vi.stubEnv("DATABASE_URL", APP);
    vi.stubEnv("MIGRATION_DATABASE_URL", undefined);
    expect(configuredDatabaseUrls()).toEqual({ url: APP, migrationUrl: APP });
  });

  it("means the embedded server when neither is set, and refuses the owner's alone", () => {
    vi.stubEnv("DATABASE_URL", undefined);
    vi.stubEnv("MIGRATION_DATABASE_URL", undefined);
    expect(configuredDatabaseUrls()).toBeNull();
    vi.stubEnv("MIGRATION_DATABASE_URL", OWNER);
    expect(() => configuredDatabaseUrls()).toThrow("MIGRATION_DATABASE_URL is set but DATABASE_URL is not: set both, or neither.");
  });
});

describe("the embedded app role's URL", () => {
  it("is the owner's database, host and port, logged in as dialogue_app", () => {
    expect(embeddedAppUrl(OWNER)).toBe("postgresql://dialogue_app:dialogue_app@db.example.org:5432/dialogue");
  });
});
