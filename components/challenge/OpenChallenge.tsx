"use client";

import { useId, useState, type FormEvent } from "react";
import { hrefFromDocument, hrefFromLink, type OpenResult } from "./openChallenge";
import styles from "./Challenge.module.css";

const MAX_FILE_BYTES = 512 * 1024;

/** Open a challenge from a pasted link or a lesson/challenge JSON file. */
export function OpenChallenge() {
  const linkId = useId();
  const fileId = useId();
  const errorId = useId();
  const [link, setLink] = useState("");
  const [error, setError] = useState<string | null>(null);

  const go = (result: OpenResult) => {
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    window.location.assign(result.href);
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    go(hrefFromLink(link));
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setError(
        `${file.name} is ${Math.round(file.size / 1024)} KB; challenges are at most 256 KB.`,
      );
      return;
    }
    go(hrefFromDocument(file.name, await file.text()));
  };

  return (
    <section className={styles.open} aria-labelledby="open-title">
      <h2 id="open-title">Open a challenge</h2>
      <form onSubmit={onSubmit} className={styles.form}>
        <label htmlFor={linkId}>Challenge link</label>
        <div className={styles.row}>
          <input
            id={linkId}
            className={styles.input}
            value={link}
            onChange={(e) => setLink(e.target.value)}
            placeholder="https://…/challenge#v1.…"
            aria-describedby={error ? errorId : undefined}
            aria-invalid={error ? true : undefined}
            autoComplete="off"
            spellCheck={false}
          />
          <button type="submit" className="btn btn-primary">
            Open
          </button>
        </div>
      </form>
      <div className={styles.form}>
        <label htmlFor={fileId}>Or load a lesson or challenge file (.json)</label>
        <input
          id={fileId}
          type="file"
          accept="application/json,.json"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </div>
      {error && (
        <p id={errorId} role="alert" className={styles.error}>
          {error}
        </p>
      )}
    </section>
  );
}
