"use client";

import { useId, useState } from "react";
import { EXAMPLES, type PlaygroundExample } from "./examples";
import styles from "./Playground.module.css";

/** "Load example": pick one, then press Load (a select that acted on change would fire while arrowing). */
export function ExamplePicker({ onLoad }: { onLoad: (example: PlaygroundExample) => void }) {
  const id = useId();
  const [chosen, setChosen] = useState(EXAMPLES[0]!.id);
  return (
    <div className={styles.example}>
      <label className={styles.field} htmlFor={id}>
        <span>Load example</span>
      </label>
      <div className={styles.exampleRow}>
        <select
          id={id}
          value={chosen}
          onChange={(e) => setChosen(e.target.value)}
          className={styles.select}
          data-testid="example-select"
        >
          {EXAMPLES.map((e) => (
            <option key={e.id} value={e.id}>
              {e.title}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="btn"
          data-testid="example-load"
          onClick={() => {
            const example = EXAMPLES.find((e) => e.id === chosen);
            if (example) onLoad(example);
          }}
        >
          Load<span className="visually-hidden"> the example</span>
        </button>
      </div>
    </div>
  );
}
