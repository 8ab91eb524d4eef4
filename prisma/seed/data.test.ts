import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cases, concerns, documents, handedOverLists, rounds, themes } from "./data";

const corpusDir = join(import.meta.dirname, "corpus");

/** Collapse all runs of whitespace to one space and trim. Quote marks are kept as they are. */
function normalise(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

const roundKeys = new Set(rounds.map((r) => r.key));
const documentKeys = new Set(documents.map((d) => d.key));
const themeKeys = new Set(themes.map((t) => t.key));
const caseKeys = new Set(cases.map((c) => c.key));
const roundByKey = new Map(rounds.map((r) => [r.key, r]));
const documentByKey = new Map(documents.map((d) => [d.key, d]));
const documentText = new Map(
  documents.map((d) => [
    d.key,
    normalise(readFileSync(join(corpusDir, d.file), "utf8")),
  ]),
);

function expectUnique(keys: string[], label: string): void {
  const seen = new Set<string>();
  const duplicates = keys.filter((k) => {
    if (seen.has(k)) return true;
    seen.add(k);
    return false;
  });
  expect(duplicates, `duplicate ${label} keys`).toEqual([]);
}

describe("seed data", () => {
  it("has unique keys", () => {
    expectUnique(
      rounds.map((r) => r.key),
      "round",
    );
    expectUnique(
      documents.map((d) => d.key),
      "document",
    );
    expectUnique(
      themes.map((t) => t.key),
      "theme",
    );
    expectUnique(
      cases.map((c) => c.key),
      "case",
    );
    expectUnique(
      concerns.map((c) => c.key),
      "concern",
    );
  });

  it("uses every corpus file in exactly one document", () => {
    const files = readdirSync(corpusDir)
      .filter((f) => f.endsWith(".txt"))
      .sort();
    expect(files.length).toBeGreaterThan(0);
    expect(documents.map((d) => d.file).sort()).toEqual(files);
  });

  it("references only existing keys", () => {
    for (const d of documents) {
      expect(d.roundKeys.length, `document ${d.key} roundKeys`).toBeGreaterThan(0);
      for (const rk of d.roundKeys) {
        expect(roundKeys.has(rk), `document ${d.key} -> round ${rk}`).toBe(true);
      }
    }
    for (const c of cases) {
      for (const r of c.rounds) {
        expect(roundKeys.has(r.roundKey), `case ${c.key} -> round ${r.roundKey}`).toBe(true);
      }
      for (const s of c.situations) {
        expect(documentKeys.has(s.documentKey), `case ${c.key} situation -> document ${s.documentKey}`).toBe(true);
      }
    }
    for (const list of handedOverLists) {
      expect(roundKeys.has(list.roundKey), `list -> round ${list.roundKey}`).toBe(true);
      for (const ck of list.caseKeys) expect(caseKeys.has(ck), `list -> case ${ck}`).toBe(true);
    }
    for (const c of concerns) {
      expect(themeKeys.has(c.themeKey), `concern ${c.key} -> theme ${c.themeKey}`).toBe(true);
      expect(
        roundKeys.has(c.firstRaisedRoundKey),
        `concern ${c.key} -> firstRaisedRound ${c.firstRaisedRoundKey}`,
      ).toBe(true);
      for (const ck of c.caseKeys) {
        expect(caseKeys.has(ck), `concern ${c.key} -> case ${ck}`).toBe(true);
      }
      for (const s of c.statuses) {
        expect(roundKeys.has(s.roundKey), `concern ${c.key} -> round ${s.roundKey}`).toBe(true);
        expect(
          documentKeys.has(s.documentKey),
          `concern ${c.key} -> document ${s.documentKey}`,
        ).toBe(true);
      }
    }
  });

  it("has at least 25 concerns, each with at least one status", () => {
    expect(concerns.length).toBeGreaterThanOrEqual(25);
    for (const c of concerns) {
      expect(c.statuses.length, `concern ${c.key} statuses`).toBeGreaterThanOrEqual(1);
    }
  });

  it("has at most one status per (concern, round)", () => {
    for (const c of concerns) {
      expectUnique(
        c.statuses.map((s) => s.roundKey),
        `status round in concern ${c.key}`,
      );
    }
  });

  it("cites, for each status, a document that reports on that status's round", () => {
    for (const c of concerns) {
      for (const s of c.statuses) {
        const doc = documentByKey.get(s.documentKey);
        expect(doc, `concern ${c.key} document ${s.documentKey}`).toBeDefined();
        expect(
          doc?.roundKeys.includes(s.roundKey),
          `concern ${c.key}: document ${s.documentKey} does not report on ${s.roundKey}`,
        ).toBe(true);
      }
    }
  });

  it("quotes every status verbatim from its document (whitespace-normalised)", () => {
    for (const c of concerns) {
      for (const s of c.statuses) {
        const text = documentText.get(s.documentKey);
        expect(text, `text of ${s.documentKey}`).toBeDefined();
        const quote = normalise(s.quote);
        expect(quote.length, `concern ${c.key} quote is empty`).toBeGreaterThan(0);
        expect(
          text?.includes(quote),
          `concern ${c.key} @ ${s.roundKey}: quote not found in ${s.documentKey}: "${quote}"`,
        ).toBe(true);
      }
    }
  });

  it("sets firstRaisedRoundKey to the earliest round among the statuses", () => {
    for (const c of concerns) {
      const earliest = c.statuses
        .map((s) => roundByKey.get(s.roundKey))
        .filter((r) => r !== undefined)
        .sort((a, b) => a.startDate.localeCompare(b.startDate))[0];
      expect(earliest?.key, `concern ${c.key} firstRaisedRoundKey`).toBe(
        c.firstRaisedRoundKey,
      );
    }
  });

  it("keeps titles within 200 characters and quotes within 2000", () => {
    const titles = [
      ...rounds.map((r) => r.title),
      ...documents.map((d) => d.title),
      ...concerns.map((c) => c.title),
    ];
    for (const t of titles) {
      expect(t.length, `title too long: ${t}`).toBeLessThanOrEqual(200);
    }
    for (const c of concerns) {
      for (const s of c.statuses) {
        expect(s.quote.length, `concern ${c.key} quote too long`).toBeLessThanOrEqual(2000);
      }
    }
  });
  it("quotes every case situation, case round and handed-over list verbatim from its document, about that round", () => {
    const quoted = [
      ...cases.flatMap((c) => c.situations.map((s) => ({ what: `case ${c.key} situation`, ...s, roundKey: null as string | null }))),
      ...cases.flatMap((c) => c.rounds.map((r) => ({ what: `case ${c.key} round ${r.roundKey}`, ...r }))),
      ...handedOverLists.map((l) => ({ what: `list at ${l.roundKey}`, ...l })),
    ];
    for (const q of quoted) {
      expect(normalise(documentText.get(q.documentKey) ?? ""), q.what).toContain(normalise(q.quote));
      if (q.roundKey) expect(documentByKey.get(q.documentKey)?.roundKeys, q.what).toContain(q.roundKey);
    }
  });
});
