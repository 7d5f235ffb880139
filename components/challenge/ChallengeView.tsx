"use client";

import { useEffect, useState } from "react";
import Link from "next/link";
import { decodeChallenge } from "@/lib/share";
import type { Lesson } from "@/lib/lessons";
import { StoreProvider } from "@/components/store";
import { PlayLesson } from "@/components/player/PlayLesson";
import styles from "./Challenge.module.css";

type State =
  | { kind: "loading" }
  | { kind: "empty" }
  | { kind: "error"; message: string; details: string[] }
  | { kind: "ready"; lesson: Lesson };

/** Decodes the challenge in the URL fragment; never throws on a hostile or damaged link. */
function readFragment(hash: string): State {
  const fragment = hash.replace(/^#/, "");
  if (!fragment) return { kind: "empty" };
  const result = decodeChallenge(fragment);
  if (!result.ok) {
    const details = (result.issues ?? []).slice(0, 8).map((i) => `${i.path}: ${i.message}`);
    return { kind: "error", message: result.error, details };
  }
  // Challenge progress lives beside, never on top of, a built-in lesson with the same id.
  return { kind: "ready", lesson: { ...result.lesson, id: `challenge:${result.lesson.id}` } };
}

/** Opens the challenge carried in the link's fragment in the lesson player. */
export function ChallengeView() {
  const [state, setState] = useState<State>({ kind: "loading" });

  useEffect(() => {
    const update = () => setState(readFragment(window.location.hash));
    update();
    window.addEventListener("hashchange", update);
    return () => window.removeEventListener("hashchange", update);
  }, []);

  if (state.kind === "loading") {
    return (
      <p role="status" className={styles.muted}>
        Opening the challenge…
      </p>
    );
  }
  if (state.kind !== "ready") {
    return (
      <section className={styles.problem} aria-labelledby="challenge-problem">
        <h1 id="challenge-problem">
          {state.kind === "empty"
            ? "No challenge in this link"
            : "This challenge link cannot be opened"}
        </h1>
        {state.kind === "error" ? (
          <>
            <p data-testid="challenge-error">{state.message}</p>
            {state.details.length > 0 && (
              <ul className={styles.details}>
                {state.details.map((d) => (
                  <li key={d}>
                    <code>{d}</code>
                  </li>
                ))}
              </ul>
            )}
            <p className={styles.muted}>
              Links carry the whole challenge after the <code>#</code>. Ask its author for a fresh
              link, or check that it was copied in full.
            </p>
          </>
        ) : (
          <p className={styles.muted}>
            A challenge link looks like <code>/challenge#v1.…</code>. Authors make one with{" "}
            <code>npm run --silent lessons -- link my-challenge.json</code>.
          </p>
        )}
        <Link className="btn btn-primary" href="/learn">
          Go to the course
        </Link>
      </section>
    );
  }
  const { lesson } = state;
  return (
    <StoreProvider>
      <PlayLesson lesson={lesson} next={null} />
    </StoreProvider>
  );
}
