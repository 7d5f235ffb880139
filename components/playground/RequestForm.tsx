"use client";

import { useId, useMemo, type ReactNode } from "react";
import type { Catalog, PolicyType } from "@/lib/iam";
import { ContextRows } from "./ContextRows";
import {
  PRINCIPAL_PRESETS,
  assumptionText,
  offersCallerAllowAll,
  type FieldError,
  type PlaygroundRequest,
  type RequestField,
} from "./requestInput";
import { actionOptions, contextKeyOptions } from "./suggestions";
import styles from "./Request.module.css";

interface Props {
  request: PlaygroundRequest;
  onChange: (request: PlaygroundRequest) => void;
  type: PolicyType;
  onEvaluate: () => void;
  /** Problems from the last evaluation, shown beside their fields. */
  errors: FieldError[];
  catalog?: Catalog;
}

function TextField({
  id,
  label,
  value,
  onChange,
  error,
  placeholder,
  list,
  hint,
  testId,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: FieldError;
  placeholder?: string;
  list?: string;
  hint?: ReactNode;
  testId: string;
}) {
  const describedBy = [hint ? `${id}-hint` : "", error ? `${id}-err` : ""].join(" ").trim();
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <input
        id={id}
        className={styles.input}
        value={value}
        list={list}
        placeholder={placeholder}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value)}
      />
      {hint && (
        <p className={styles.help} id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className={styles.error} id={`${id}-err`}>
          {error.message}
        </p>
      )}
    </div>
  );
}

/** The "Try a request" form: who calls which action on what, with which context. */
export function RequestForm({ request, onChange, type, onEvaluate, errors, catalog }: Props) {
  const id = useId();
  const set = (patch: Partial<PlaygroundRequest>) => onChange({ ...request, ...patch });
  const errorOf = (field: RequestField) => errors.find((e) => e.field === field);
  const actions = useMemo(() => actionOptions(catalog, request.action), [catalog, request.action]);
  const keys = useMemo(() => contextKeyOptions(catalog), [catalog]);
  const preset = PRINCIPAL_PRESETS.find((p) => p.value === request.principal.trim())?.value ?? "";

  return (
    <form
      className={styles.form}
      aria-label="Try a request"
      onSubmit={(e) => {
        e.preventDefault();
        onEvaluate();
      }}
    >
      <div className={styles.principalRow}>
        <TextField
          id={`${id}-principal`}
          label="Principal"
          value={request.principal}
          onChange={(principal) => set({ principal })}
          error={errorOf("principal")}
          placeholder="arn:aws:iam::111122223333:user/alice"
          testId="req-principal"
        />
        <div className={styles.field}>
          <label htmlFor={`${id}-preset`} className={styles.label}>
            Preset
          </label>
          <select
            id={`${id}-preset`}
            className={styles.input}
            value={preset}
            onChange={(e) => e.target.value && set({ principal: e.target.value })}
            data-testid="req-principal-preset"
          >
            <option value="">Choose a caller…</option>
            {PRINCIPAL_PRESETS.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <TextField
        id={`${id}-action`}
        label="Action"
        value={request.action}
        onChange={(action) => set({ action })}
        error={errorOf("action")}
        placeholder="s3:GetObject"
        list={`${id}-actions`}
        testId="req-action"
      />
      <datalist id={`${id}-actions`}>
        {actions.map((a) => (
          <option key={a} value={a} />
        ))}
      </datalist>
      <TextField
        id={`${id}-resource`}
        label="Resource ARN"
        value={request.resource}
        onChange={(resource) => set({ resource })}
        error={errorOf("resource")}
        placeholder="arn:aws:s3:::reports/q1.csv"
        testId="req-resource"
      />
      <TextField
        id={`${id}-account`}
        label="Resource owner account (optional)"
        value={request.resourceAccount}
        onChange={(resourceAccount) => set({ resourceAccount })}
        error={errorOf("resourceAccount")}
        placeholder="from the ARN, else the caller's account"
        hint="S3 bucket ARNs name no account: fill this in to make a request cross-account."
        testId="req-account"
      />
      <ContextRows
        rows={request.context}
        onChange={(context) => set({ context })}
        errors={errors}
        keyListId={`${id}-keys`}
      />
      <datalist id={`${id}-keys`}>
        {keys.map((k) => (
          <option key={k} value={k} />
        ))}
      </datalist>
      {offersCallerAllowAll(type) && (
        <label className={styles.check}>
          <input
            type="checkbox"
            checked={request.callerAllowAll}
            onChange={(e) => set({ callerAllowAll: e.target.checked })}
            data-testid="req-caller-allow-all"
          />
          <span>
            The caller&apos;s own identity policies allow everything (needed for cross-account
            access)
          </span>
        </label>
      )}
      <div className={styles.actions}>
        <button type="submit" className="btn btn-primary" data-testid="req-evaluate">
          Evaluate
        </button>
      </div>
      <p className={styles.assumption} data-testid="req-assumption">
        {assumptionText(type, request.callerAllowAll)}
      </p>
    </form>
  );
}
