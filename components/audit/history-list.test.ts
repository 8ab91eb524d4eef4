import { describe, expect, it } from "vitest";
import { changedFields } from "@/components/audit/history-list";

describe("changedFields", () => {
  it("lists only the fields that changed, ignoring bookkeeping columns", () => {
    expect(changedFields({ note: "old", status: "RAISED", version: 1 }, { note: "new", status: "RAISED", version: 2 })).toEqual([{ field: "note", from: "old", to: "new" }]);
  });
  it("shows empty values as a dash and non-strings as JSON", () => {
    expect(changedFields(null, { quote: null, note: "", roundIds: [1, 2] })).toEqual([{ field: "roundIds", from: "—", to: "[1,2]" }]);
  });
});
