// The shape of the demo dataset. Keys are stable slugs so the seed can upsert
// idempotently and so data.ts reads as plain, reviewable text.

export type SeedStatus =
  | "RAISED"
  | "NO_PROGRESS"
  | "IN_PROGRESS"
  | "RESOLVED"
  | "REGRESSED"
  | "NOT_RAISED";

export type SeedRound = {
  key: string;
  kind: "HUMAN_RIGHTS_DIALOGUE" | "JHA_SUBCOMMITTEE" | "OTHER_ENGAGEMENT";
  /** Only when a text states it (5th, 12th, 16th…); never guessed. */
  number: number | null;
  title: string;
  startDate: string; // YYYY-MM-DD
  endDate: string | null;
  place: string | null;
  format: "IN_PERSON" | "ONLINE";
  euDelegationHead: string | null;
  kzDelegationHead: string | null;
  summary: string;
};

export type SeedDocument = {
  key: string;
  /** File name under prisma/seed/corpus/. */
  file: string;
  title: string;
  publisher: string;
  url: string | null;
  publishedOn: string; // YYYY-MM-DD
  language: string; // BCP 47, e.g. "en"
  roundKeys: string[];
};

export type SeedTheme = {
  key: string;
  name: string;
  description: string;
};

/** Verbatim (whitespace-normalised) from documentKey's text. */
export type SeedQuote = { quote: string; documentKey: string };

export type SeedCaseSituation = SeedQuote & {
  situation: "DETAINED" | "CONVICTED" | "IN_PRISON" | "UNDER_HOUSE_ARREST" | "RELEASED" | "ACQUITTED" | "DECEASED" | "UNKNOWN";
  asOf: string; // YYYY-MM-DD, YYYY-MM or YYYY
  note: string;
};

/** A round at which a text says the case was raised. */
export type SeedCaseRound = SeedQuote & { roundKey: string };

export type SeedCase = {
  key: string;
  /** The person's name, or a label for an unnamed case. */
  personName: string;
  spellings: string[];
  summary: string;
  situations: SeedCaseSituation[];
  rounds: SeedCaseRound[];
};

/** A list of cases handed over at a round; size and cases only when a text gives them. */
export type SeedHandedOverList = SeedQuote & { roundKey: string; size: number | null; caseKeys: string[] };

export type SeedStatusAssessment = {
  roundKey: string;
  status: SeedStatus;
  /** Verbatim (whitespace-normalised) from documentKey's text. */
  quote: string;
  documentKey: string;
  note: string;
};

export type SeedConcern = {
  key: string;
  title: string;
  description: string;
  themeKey: string;
  legalReferences: string[];
  firstRaisedRoundKey: string;
  caseKeys: string[];
  statuses: SeedStatusAssessment[];
};
