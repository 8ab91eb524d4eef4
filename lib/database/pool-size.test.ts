import { describe, expect, it } from "vitest";
import { DEFAULT_POOL_SIZE, poolSize } from "@/lib/database/pool-size";

describe("poolSize", () => {
  it("is the default when DATABASE_POOL_SIZE is unset or empty", () => {
    expect(poolSize(undefined)).toBe(DEFAULT_POOL_SIZE);
    expect(poolSize(" ")).toBe(DEFAULT_POOL_SIZE);
  });

  it("takes a whole number from 1 to 100", () => {
    expect(poolSize("1")).toBe(1);
    expect(poolSize(" 20 ")).toBe(20);
    expect(poolSize("100")).toBe(100);
  });

  it("refuses anything else, naming the setting", () => {
    for (const value of ["0", "101", "-3", "2.5", "1e1", "0x10", "ten", "true"]) {
      expect(() => poolSize(value), value).toThrow(`DATABASE_POOL_SIZE must be a whole number from 1 to 100, not "${value}".`);
    }
  });
});
