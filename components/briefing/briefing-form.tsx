"use client";

import { useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { CONTROL, describedBy, HintAndErrors } from "@/components/ui/field-parts";
import { FormMessage } from "@/components/ui/form-message";
import {
  BRIEFING_SECTION_LABELS,
  BRIEFING_SECTIONS,
  briefingQuery,
  NEXT_ROUND,
  type BriefingFormat,
  type BriefingSection,
} from "@/lib/validation/briefing";

type Props = {
  themes: { slug: string; name: string }[];
  rounds: { id: number; title: string; day: string }[];
  latest: { title: string; day: string } | null;
};
type Field = "themes" | "round" | "include";
type Errors = Partial<Record<Field, string[]>>;

const HINTS = {
  themes: "The briefing has a section for each theme chosen, in the dashboard's order.",
  round: "The briefing reports where things stood at the last dialogue round before it, and what changed there.",
};

const FORMAT_LABELS: Record<BriefingFormat, { idle: string; busy: string }> = {
  docx: { idle: "Download Word (DOCX)", busy: "Preparing the Word file…" },
  pdf: { idle: "Download PDF", busy: "Preparing the PDF…" },
};

/** The file name the server chose (Content-Disposition), or a plain one. */
const fileName = (response: Response, format: BriefingFormat) =>
  /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? `briefing.${format}`;

/**
 * Chooses what the briefing holds and downloads it. The choices are checked
 * with the route's own schema before asking, and the server's answer to a bad
 * one is shown next to its field as well.
 */
export function BriefingForm({ themes, rounds, latest }: Props) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [round, setRound] = useState<string>(NEXT_ROUND);
  const [include, setInclude] = useState<BriefingSection[]>([...BRIEFING_SECTIONS]);
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [busy, setBusy] = useState<BriefingFormat | null>(null);
  const themesRef = useRef<HTMLFieldSetElement>(null);
  const roundRef = useRef<HTMLSelectElement>(null);
  const includeRef = useRef<HTMLFieldSetElement>(null);

  const toggle = <T extends string>(list: T[], value: T, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const format = (submitter?.value ?? "docx") as BriefingFormat;
    const params = { format, themes: themes.filter((t) => chosen.includes(t.slug)).map((t) => t.slug).join(","), round, include: include.join(",") };
    const parsed = briefingQuery.safeParse(params);
    if (!parsed.success) {
      const found: Errors = {};
      for (const issue of parsed.error.issues) (found[issue.path[0] as Field] ??= []).push(issue.message);
      show(found, "Please correct the highlighted choices.");
      return;
    }
    setBusy(format);
    setErrors({});
    setMessage(null);
    try {
      const response = await fetch(`/api/v1/briefing/export?${new URLSearchParams(params)}`);
      if (!response.ok) {
        const problem = (await response.json().catch(() => ({}))) as { detail?: string; errors?: Errors };
        show(problem.errors ?? {}, problem.detail ?? "The briefing could not be prepared. Please try again.");
        return;
      }
      const name = fileName(response, format);
      const url = URL.createObjectURL(await response.blob());
      const link = Object.assign(document.createElement("a"), { href: url, download: name });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setMessage({ text: `Your briefing is ready: ${name}.`, ok: true });
    } catch {
      setMessage({ text: "The briefing could not be downloaded; check your connection and try again.", ok: false });
    } finally {
      setBusy(null);
    }
  }

  function show(found: Errors, text: string) {
    setErrors(found);
    setMessage({ text, ok: false });
    const first = (["themes", "round", "include"] as const).find((field) => found[field]?.length);
    if (first) ({ themes: themesRef, round: roundRef, include: includeRef })[first].current?.focus();
  }

  if (themes.length === 0) {
    return <p className="mt-4 text-sm text-slate-700">There are no themes yet, so there is nothing to brief on. An admin adds themes first.</p>;
  }

  return (
    <form onSubmit={submit} noValidate className="mt-4 max-w-3xl space-y-6">
      <fieldset ref={themesRef} tabIndex={-1} aria-describedby={describedBy("themes", { hint: HINTS.themes, errors: errors.themes })}>
        <legend className="text-base font-semibold">Themes</legend>
        <HintAndErrors id="themes" hint={HINTS.themes} errors={errors.themes} />
        <div className="mt-2 flex gap-2">
          <Button type="button" variant="secondary" onClick={() => setChosen(themes.map((t) => t.slug))}>
            Choose all
          </Button>
          <Button type="button" variant="secondary" onClick={() => setChosen([])}>
            Clear
          </Button>
        </div>
        <ul className="mt-2 grid gap-1 sm:grid-cols-2">
          {themes.map((theme) => (
            <li key={theme.slug}>
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="themes"
                  value={theme.slug}
                  checked={chosen.includes(theme.slug)}
                  aria-invalid={errors.themes ? true : undefined}
                  onChange={(e) => setChosen(toggle(chosen, theme.slug, e.target.checked))}
                />
                {theme.name}
              </label>
            </li>
          ))}
        </ul>
        {chosen.length === 0 ? <p className="mt-2 text-sm text-slate-700">No theme chosen yet: choose one or more to prepare a briefing.</p> : null}
      </fieldset>

      <div>
        <label htmlFor="round" className="text-base font-semibold">
          Round to brief for
        </label>
        <select
          id="round"
          ref={roundRef}
          value={round}
          onChange={(e) => setRound(e.target.value)}
          aria-invalid={errors.round ? true : undefined}
          aria-describedby={describedBy("round", { hint: HINTS.round, errors: errors.round })}
          className={CONTROL}
        >
          <option value={NEXT_ROUND}>{latest ? `The next round, after ${latest.title} (${latest.day})` : "The next round"}</option>
          {rounds.map((r) => (
            <option key={r.id} value={r.id}>
              {r.title} ({r.day})
            </option>
          ))}
        </select>
        <HintAndErrors id="round" hint={HINTS.round} errors={errors.round} />
      </div>

      <fieldset ref={includeRef} tabIndex={-1} aria-describedby={describedBy("include", { errors: errors.include })}>
        <legend className="text-base font-semibold">Include</legend>
        <HintAndErrors id="include" errors={errors.include} />
        <ul className="mt-2 grid gap-1 sm:grid-cols-2">
          {BRIEFING_SECTIONS.map((section) => (
            <li key={section}>
              <label className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  name="include"
                  value={section}
                  checked={include.includes(section)}
                  aria-invalid={errors.include ? true : undefined}
                  onChange={(e) => setInclude(BRIEFING_SECTIONS.filter((s) => (s === section ? e.target.checked : include.includes(s))))}
                />
                {BRIEFING_SECTION_LABELS[section]}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>

      <div aria-live="polite">{message ? <FormMessage message={message.text} ok={message.ok} /> : null}</div>

      <div className="flex flex-wrap gap-3">
        {(["docx", "pdf"] as const).map((format) => (
          <Button
            key={format}
            type="submit"
            name="format"
            value={format}
            variant={format === "docx" ? "primary" : "secondary"}
            disabled={busy !== null}
            aria-busy={busy === format}
          >
            {busy === format ? FORMAT_LABELS[format].busy : FORMAT_LABELS[format].idle}
          </Button>
        ))}
      </div>
    </form>
  );
}
