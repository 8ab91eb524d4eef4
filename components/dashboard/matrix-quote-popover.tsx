"use client";

import Link from "next/link";
import { Fragment, useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from "react";
import { LanguageTag } from "@/components/statuses/evidence-list";
import { StatusBadge } from "@/components/dashboard/status-badge";
import { formatDay } from "@/lib/domain/dashboard";
import type { StatusQuote } from "@/lib/data/statuses";

type Opened = { statusId: number; href: string; cell: HTMLAnchorElement; left: number; top: number };
type Loaded = { state: "ready"; quote: StatusQuote } | { state: "error"; message: string };

const POPOVER_WIDTH = 288; // w-72, the popover's width
const LOAD_FAILED = "The quote could not be loaded. Open the concern to read it.";

/**
 * The matrix's scroll region, and the one popover its cells share. Each cell is
 * a link to the concern at that round (so it works without JavaScript and in a
 * new tab); a plain click or Enter opens the popover instead and fetches the
 * quote then, which keeps a page of 1,000 cells small. Escape or the Close
 * button closes it and gives focus back to the cell; a click elsewhere, focus
 * moving on, or a second click on the cell close it too.
 */
export function MatrixQuotePopover({ caption, children }: { caption: string; children: ReactNode }) {
  const wrapperRef = useRef<HTMLDivElement>(null);
  const popoverRef = useRef<HTMLDivElement>(null);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [loaded, setLoaded] = useState<Record<number, Loaded>>({});
  const headingId = useId();

  function close(returnFocus: boolean) {
    if (returnFocus) opened?.cell.focus();
    setOpened(null);
  }

  function onClick(event: MouseEvent<HTMLDivElement>) {
    // Modified clicks keep their browser meaning (new tab, new window).
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const cell = (event.target as Element).closest<HTMLAnchorElement>("a[data-status-id]");
    const wrapper = wrapperRef.current;
    if (!cell || !wrapper) return;
    event.preventDefault();
    if (opened?.cell === cell) return close(false);
    const cellBox = cell.getBoundingClientRect();
    const wrapperBox = wrapper.getBoundingClientRect();
    const centre = cellBox.left - wrapperBox.left + cellBox.width / 2;
    const half = POPOVER_WIDTH / 2;
    const statusId = Number(cell.dataset.statusId);
    // A failed load is tried again when the cell is opened again.
    if (loaded[statusId]?.state === "error") setLoaded(({ [statusId]: _failed, ...rest }) => rest);
    setOpened({
      statusId,
      href: cell.getAttribute("href") ?? "#",
      cell,
      left: Math.max(half, Math.min(centre, wrapper.clientWidth - half)),
      top: cellBox.bottom - wrapperBox.top + 4,
    });
  }

  const statusId = opened?.statusId;
  const result = statusId === undefined ? undefined : loaded[statusId];
  useEffect(() => {
    if (statusId === undefined || result) return;
    const controller = new AbortController();
    fetch(`/api/v1/statuses/${statusId}`, { signal: controller.signal, headers: { accept: "application/json" } })
      .then(async (response) => {
        const body: unknown = await response.json().catch(() => null);
        const entry: Loaded = response.ok
          ? { state: "ready", quote: body as StatusQuote }
          : { state: "error", message: errorMessage(body) ?? LOAD_FAILED };
        setLoaded((all) => ({ ...all, [statusId]: entry }));
      })
      .catch(() => {
        if (!controller.signal.aborted) setLoaded((all) => ({ ...all, [statusId]: { state: "error", message: LOAD_FAILED } }));
      });
    return () => controller.abort();
  }, [statusId, result]);

  useEffect(() => {
    if (!opened) return;
    popoverRef.current?.focus();
    const onPointerDown = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!popoverRef.current?.contains(target) && !opened.cell.contains(target)) setOpened(null);
    };
    document.addEventListener("pointerdown", onPointerDown);
    return () => document.removeEventListener("pointerdown", onPointerDown);
  }, [opened]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === "Escape" && opened) {
      event.stopPropagation();
      close(true);
    }
  }

  // The popover sits beside the scroll region, not in it, so the region's
  // overflow does not clip it; scrolling the region moves the cells, so it closes.
  return (
    <div ref={wrapperRef} className="relative" onClick={onClick} onKeyDown={onKeyDown}>
      <div
        role="region"
        aria-label={caption}
        tabIndex={0}
        onScroll={() => setOpened(null)}
        // relative: screen-reader-only text in the cells is positioned absolutely and must scroll (and clip) with them
        className="print-overflow-visible relative overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-blue-700"
      >
        {children}
      </div>
      {opened ? (
        <div
          ref={popoverRef}
          role="dialog"
          aria-labelledby={headingId}
          tabIndex={-1}
          onBlur={(event) => {
            // Focus leaving for anywhere but its own cell (whose click toggles it) closes it.
            const next = event.relatedTarget as Node | null;
            if (!event.currentTarget.contains(next) && next !== opened.cell) setOpened(null);
          }}
          className="no-print absolute z-30 w-72 -translate-x-1/2 rounded-md border border-slate-300 bg-white p-3 text-left text-sm text-slate-900 shadow-lg focus:outline-none"
          style={{ left: opened.left, top: opened.top }}
        >
          <div className="flex items-start justify-between gap-2">
            <p id={headingId} className="font-medium">
              {result?.state === "ready" ? result.quote.concern.title : "Quote for this cell"}
            </p>
            <button
              type="button"
              onClick={() => close(true)}
              aria-label="Close"
              className="-m-1 rounded p-1 leading-none text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700"
            >
              <span aria-hidden="true">×</span>
            </button>
          </div>
          <QuoteBody result={result} />
          <p className="mt-2">
            <Link href={opened.href} className="text-blue-800 underline underline-offset-4">
              Open the concern at this round
            </Link>
          </p>
        </div>
      ) : null}
    </div>
  );
}

function QuoteBody({ result }: { result: Loaded | undefined }) {
  if (!result) {
    return (
      <p role="status" className="mt-2 text-slate-700">
        Loading the quote…
      </p>
    );
  }
  if (result.state === "error") {
    return (
      <p role="alert" className="mt-2 text-red-800">
        {result.message}
      </p>
    );
  }
  const { quote } = result;
  return (
    <>
      <p className="mt-2 flex flex-wrap items-center gap-2">
        <StatusBadge status={quote.status} />
        <span className="text-xs text-slate-700">
          {quote.round.title}, {formatDay(quote.round.startDate)}
        </span>
      </p>
      {quote.evidence.length === 0 ? <p className="mt-2 text-slate-700">Not mentioned at this round.</p> : null}
      {quote.evidence.map((piece, index) => (
        <div key={index}>
          <blockquote lang={piece.language} className="mt-2 border-l-4 border-slate-300 pl-2 italic">
            “{piece.quote}
            {piece.quoteCut ? "…" : ""}”
          </blockquote>
          {piece.translation ? <p className="mt-1 text-xs text-slate-700">Translation: {piece.translation}</p> : null}
          <p className="mt-1 text-xs text-slate-700">
            Source: {piece.documentTitle} <LanguageTag code={piece.language} />
          </p>
        </div>
      ))}
      {quote.cases.length > 0 ? (
        <p className="mt-2 text-xs text-slate-700">
          Individual cases:{" "}
          {quote.cases.map((item, index) => (
            <Fragment key={item.id}>
              {index > 0 ? ", " : null}
              <Link href={`/cases/${item.id}`} className="text-blue-800 underline underline-offset-4">
                {item.name}
              </Link>
            </Fragment>
          ))}
        </p>
      ) : null}
    </>
  );
}

function errorMessage(body: unknown): string | null {
  // The API answers errors as problem details (RFC 9457).
  const message = (body as { detail?: unknown } | null)?.detail;
  return typeof message === "string" ? message : null;
}
