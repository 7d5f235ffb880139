"use client";

import { useState } from "react";
import { PolicyEditor } from "@/components/editor/PolicyEditor";
import { SAMPLE_POLICY } from "./samplePolicy";
import styles from "./Playground.module.css";

/** A free-form policy editor: write any identity policy and see problems as you type. */
export function Playground() {
  const [text, setText] = useState(SAMPLE_POLICY);
  return (
    <div className={styles.layout}>
      <section aria-labelledby="pg-editor" className={styles.editorCol}>
        <h2 id="pg-editor" className={styles.h2}>
          Policy document
        </h2>
        <PolicyEditor
          value={text}
          onChange={setText}
          ariaLabel="Playground policy document"
          path="playground/policy.json"
          height={420}
        />
      </section>
    </div>
  );
}
