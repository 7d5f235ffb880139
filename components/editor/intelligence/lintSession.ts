"use client";

import type * as Monaco from "monaco-editor";
import type { PolicyType } from "@/lib/iam";
import type { Catalog } from "@/lib/iam";
import { getCatalog, peekCatalog } from "./catalogClient";
import { clearFindings, setFindings } from "./findingStore";
import { markerSignature, type LintFinding, type LintReport } from "./findings";
import { lintInWorker, lintWorkerAvailable } from "./lintWorkerClient";
import { servicePrefixesIn } from "./statementContext";

type MonacoApi = typeof Monaco;

/** Runs the linter over a text (synchronously: it must stay fast). */
export type LintFn = (text: string, type: PolicyType, catalog: Catalog) => LintFinding[];

/** The marker owner of lint findings (external markers use another owner, so both show). */
export const LINT_OWNER = "least-privilege-lint";

/** A main-thread lint slower than this moves the session's later runs to the lint worker. */
export const MAIN_THREAD_BUDGET_MS = 12;

/** Debounce between the last keystroke and the lint run. */
export const LINT_DEBOUNCE_MS = 250;

function severity(monaco: MonacoApi, s: LintFinding["severity"]): Monaco.MarkerSeverity {
  if (s === "error") return monaco.MarkerSeverity.Error;
  if (s === "warning" || s === "security-warning") return monaco.MarkerSeverity.Warning;
  return monaco.MarkerSeverity.Info;
}

function markerOf(
  monaco: MonacoApi,
  model: Monaco.editor.ITextModel,
  f: LintFinding,
): Monaco.editor.IMarkerData {
  const start = model.getPositionAt(f.offset);
  const end = model.getPositionAt(f.offset + Math.max(1, f.length));
  return {
    startLineNumber: start.lineNumber,
    startColumn: start.column,
    endLineNumber: end.lineNumber,
    endColumn: end.column,
    severity: severity(monaco, f.severity),
    message: f.message,
    code: f.code,
    source: f.severity === "security-warning" ? "IAM lint (security)" : "IAM lint",
  };
}

/**
 * Lints one editor's model while the learner types: debounced, never while a keystroke is being
 * handled. Runs on the main thread while the lint stays within a few milliseconds, in a worker
 * once it does not. Loads the details of services the document names, and lints again once they
 * arrive.
 */
export class LintSession {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  private inWorker = false;
  private readonly requestedServices = new Set<string>();
  private readonly failedServices = new Set<string>();
  private readonly listener: Monaco.IDisposable;
  /** The model version and markers last shown, so an identical re-run leaves them alone. */
  private shown: { versionId: number; signature: string } | undefined;

  constructor(
    private readonly monaco: MonacoApi,
    private readonly model: Monaco.editor.ITextModel,
    private readonly type: PolicyType,
    private readonly lint: LintFn,
    private readonly onReport?: (report: LintReport) => void,
  ) {
    this.listener = model.onDidChangeContent(() => this.schedule());
    this.schedule(0);
  }

  /** Lints after `delay` ms, replacing any run already planned. */
  schedule(delay = LINT_DEBOUNCE_MS): void {
    if (this.disposed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), delay);
  }

  private run(): void {
    if (this.disposed || this.model.isDisposed()) return;
    if (this.inWorker) {
      this.runInWorker();
      return;
    }
    const catalog = peekCatalog();
    if (!catalog) {
      getCatalog().then(
        () => this.schedule(0),
        () => undefined,
      );
      return;
    }
    const text = this.model.getValue();
    const versionId = this.model.getVersionId();
    const t0 = performance.now();
    let findings: LintFinding[];
    try {
      findings = this.lint(text, this.type, catalog);
    } catch (error) {
      console.warn("IAM lint failed", error);
      findings = [];
    }
    const ms = performance.now() - t0;
    const pending = this.pendingServices(catalog, text);
    this.publish(findings, ms, versionId, "main", pending.length === 0);
    // Slow documents move to the worker so typing never waits for the linter.
    if (ms > MAIN_THREAD_BUDGET_MS && lintWorkerAvailable()) this.inWorker = true;
    this.loadServices(catalog, pending);
  }

  private runInWorker(): void {
    const text = this.model.getValue();
    const versionId = this.model.getVersionId();
    lintInWorker(text, this.type).then(
      ({ findings, ms }) => {
        // A newer edit has its own run planned: drop answers for older versions.
        if (this.disposed || this.model.isDisposed() || this.model.getVersionId() !== versionId)
          return;
        // The worker loads the details of every service the text names before it lints.
        this.publish(findings, ms, versionId, "worker", true);
      },
      () => {
        this.inWorker = false;
        this.schedule(0);
      },
    );
  }

  private publish(
    findings: LintFinding[],
    ms: number,
    versionId: number,
    where: LintReport["where"],
    complete: boolean,
  ): void {
    setFindings(this.model.uri.toString(), versionId, findings);
    // Monaco's JSON language already underlines syntax errors; the list still shows them.
    const marked = findings.filter((f) => f.code !== "json-syntax");
    const signature = markerSignature(marked);
    // A re-run over the same text (service details arrived) that finds the same problems leaves
    // the markers alone: setting them again makes Monaco redraw them and ask for code actions anew.
    if (this.shown?.versionId !== versionId || this.shown.signature !== signature) {
      this.monaco.editor.setModelMarkers(
        this.model,
        LINT_OWNER,
        marked.map((f) => markerOf(this.monaco, this.model, f)),
      );
      this.shown = { versionId, signature };
    }
    this.onReport?.({ findings, ms, versionId, where, complete });
  }

  /** Services the text names whose details are not here yet (and have not failed to load). */
  private pendingServices(catalog: Catalog, text: string): string[] {
    return servicePrefixesIn(text).filter(
      (p) => catalog.serviceStatus(p) === "not-loaded" && !this.failedServices.has(p),
    );
  }

  /** Loads what is pending (once per service) and lints again when it arrives or fails. */
  private loadServices(catalog: Catalog, pending: readonly string[]): void {
    const wanted = pending.filter((p) => !this.requestedServices.has(p));
    if (wanted.length === 0) return;
    for (const p of wanted) this.requestedServices.add(p);
    catalog.ensureServices(wanted).then(
      () => {
        for (const p of wanted)
          if (catalog.serviceStatus(p) === "not-loaded") this.failedServices.add(p);
        this.schedule(0);
      },
      () => {
        // Without the details the lint is as complete as it will get; say so.
        for (const p of wanted) this.failedServices.add(p);
        this.schedule(0);
      },
    );
  }

  /** Stops linting and removes this session's markers. */
  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.listener.dispose();
    if (!this.model.isDisposed()) this.monaco.editor.setModelMarkers(this.model, LINT_OWNER, []);
    clearFindings(this.model.uri.toString());
  }
}
