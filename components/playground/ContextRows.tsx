"use client";

import { useId, useRef } from "react";
import { newContextRow } from "./examples";
import type { ContextRow, FieldError } from "./requestInput";
import styles from "./Request.module.css";

interface Props {
  rows: ContextRow[];
  onChange: (rows: ContextRow[]) => void;
  errors: FieldError[];
  /** Id of a datalist of condition keys to suggest. */
  keyListId?: string;
}

/** The request context as key/value rows; several values go in one row, comma-separated. */
export function ContextRows({ rows, onChange, errors, keyListId }: Props) {
  const baseId = useId();
  const list = useRef<HTMLUListElement>(null);
  const update = (i: number, patch: Partial<ContextRow>) =>
    onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const remove = (i: number) => {
    onChange(rows.filter((_, j) => j !== i));
    // keep keyboard focus in the list: on the next row's key, else the "Add" button
    requestAnimationFrame(() => {
      const keys = list.current?.querySelectorAll<HTMLInputElement>("input[data-role=key]");
      const next = keys?.[Math.min(i, keys.length - 1)];
      (next ?? document.getElementById(`${baseId}-add`))?.focus();
    });
  };
  const add = () => {
    onChange([...rows, newContextRow()]);
    requestAnimationFrame(() => {
      const keys = list.current?.querySelectorAll<HTMLInputElement>("input[data-role=key]");
      keys?.[keys.length - 1]?.focus();
    });
  };

  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>Request context</legend>
      <p className={styles.help} id={`${baseId}-help`}>
        Condition keys such as <code>aws:SourceIp</code>. Several values: separate with commas. Keys
        that follow from the request (<code>aws:PrincipalArn</code>, <code>aws:username</code>, …)
        are filled in for you.
      </p>
      {rows.length > 0 && (
        <ul className={styles.rows} ref={list} data-testid="context-rows">
          {rows.map((row, i) => {
            const error = errors.find((e) => e.field === "context" && e.row === i);
            const errorId = `${baseId}-err-${row.id}`;
            return (
              <li key={row.id} className={styles.row}>
                <label className={styles.rowField}>
                  <span>Key {i + 1}</span>
                  <input
                    className={styles.input}
                    data-role="key"
                    value={row.key}
                    list={keyListId}
                    spellCheck={false}
                    autoCapitalize="off"
                    placeholder="aws:SourceIp"
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? errorId : `${baseId}-help`}
                    onChange={(e) => update(i, { key: e.target.value })}
                  />
                </label>
                <label className={styles.rowField}>
                  <span>Value {i + 1}</span>
                  <input
                    className={styles.input}
                    data-role="value"
                    value={row.value}
                    spellCheck={false}
                    autoCapitalize="off"
                    placeholder="203.0.113.7"
                    onChange={(e) => update(i, { value: e.target.value })}
                  />
                </label>
                <button
                  type="button"
                  className={styles.remove}
                  onClick={() => remove(i)}
                  aria-label={`Remove context key ${i + 1}${row.key ? ` (${row.key})` : ""}`}
                >
                  <span aria-hidden="true">✕</span>
                </button>
                {error && (
                  <p className={styles.error} id={errorId}>
                    {error.message}
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {errors
        .filter((e) => e.field === "context" && e.row === undefined)
        .map((e, i) => (
          <p key={i} className={styles.error}>
            {e.message}
          </p>
        ))}
      <button type="button" className="btn" id={`${baseId}-add`} onClick={add}>
        Add context key
      </button>
    </fieldset>
  );
}
