"use client";

import { useEffect, useState, type ReactNode } from "react";
import type { Answers, GradeDeps, Lesson } from "@/lib/lessons";
import { lessonStatus } from "@/lib/progress";
import { useAppStore } from "@/components/store";
import { PersistenceNotice } from "@/components/course/PersistenceNotice";
import { CheckList, gradeSummary, notCheckedReason } from "./CheckList";
import { HintPanel } from "./HintPanel";
import { ScenarioPanel } from "./ScenarioPanel";
import { SlotEditors } from "./SlotEditors";
import { SolutionPanel } from "./SolutionPanel";
import { SuccessPanel, type LessonLink } from "./SuccessPanel";
import { WhyPanel } from "./WhyPanel";
import { useGradeDeps } from "./useGradeDeps";
import { sameAnswers, useLessonAnswers } from "./useLessonAnswers";
import { useLessonGrade } from "./useLessonGrade";
import styles from "./Player.module.css";

export interface LessonPlayerProps {
  lesson: Lesson;
  /** The narrative blocks, rendered on the server (Markdown stays out of the client bundle). */
  narrative: ReactNode;
  debrief: ReactNode;
  hints: ReactNode[];
  next: LessonLink | null;
  /** Grading data to use instead of loading the browser catalog (tests, embedded players). */
  gradeDeps?: GradeDeps;
}

/**
 * The lesson player: narrative and scenario beside the editors, live checks with "Why?" traces,
 * hints, the solution behind a confirmation, and a success screen with the debrief.
 */
export function LessonPlayer({
  lesson,
  narrative,
  debrief,
  hints,
  next,
  gradeDeps,
}: LessonPlayerProps) {
  const persistence = useAppStore((s) => s.persistence.status);
  const done = useAppStore((s) => lessonStatus(s.progress, lesson.id) === "done");
  const attempts = useAppStore((s) => s.progress.lessons[lesson.id]?.attempts ?? 0);
  const openLesson = useAppStore((s) => s.openLesson);
  const recordAttempt = useAppStore((s) => s.recordAttempt);
  const completeLesson = useAppStore((s) => s.completeLesson);
  const resetPlayer = useAppStore((s) => s.resetPlayer);
  const openTrace = useAppStore((s) => s.openTrace);
  const closeTrace = useAppStore((s) => s.closeTrace);
  const openTraceId = useAppStore((s) => s.openTraceCheckId);
  const { answers, latest } = useLessonAnswers(lesson);
  const { deps, status: depsStatus } = useGradeDeps(lesson, gradeDeps);
  const { grade, checkNow, stale } = useLessonGrade(lesson, answers, deps);
  // The verdict of the last "Check", for the text it graded: it stands until that text changes
  // (derived at render, so no store update, late render or live re-check can clear it early).
  const [verdict, setVerdict] = useState<{ answers: Answers; text: string } | null>(null);
  const checked = verdict && sameAnswers(verdict.answers, answers) ? verdict.text : null;
  const [success, setSuccess] = useState(false);

  // Open the lesson once stored progress is loaded (the provider's effect runs after ours).
  useEffect(() => {
    if (persistence !== "loading") openLesson(lesson.id);
  }, [persistence, lesson.id, openLesson]);
  useEffect(() => resetPlayer, [lesson.id, resetPlayer]);

  const runCheck = () => {
    const now = latest();
    const result = checkNow(now);
    recordAttempt(lesson.id);
    const summary = gradeSummary(result, lesson.task.slots);
    const text = result.passed
      ? "Checked: every check passes."
      : notCheckedReason(result)
        ? summary
        : `Checked: ${summary}`;
    setVerdict({ answers: now, text });
    if (result.passed) {
      completeLesson(lesson.id);
      setSuccess(true);
    }
  };
  // "Check" pressed while the AWS data is still loading runs once it has arrived, so the verdict
  // is never one the live checks contradict a moment later.
  const [checkWaiting, setCheckWaiting] = useState(false);
  const onCheck = () => {
    if (depsStatus !== "loading") return runCheck();
    setCheckWaiting(true);
    setVerdict({ answers: latest(), text: "Checking… (loading AWS data)" });
  };
  useEffect(() => {
    if (!checkWaiting || depsStatus === "loading") return;
    setCheckWaiting(false);
    runCheck();
    // runCheck reads this render's values; only the arrival of the data should trigger it.
  }, [checkWaiting, depsStatus]);

  return (
    <article className={styles.player} aria-labelledby="lesson-title">
      <header className={styles.header}>
        <p className={styles.eyebrow}>{lesson.module}</p>
        <h1 id="lesson-title" className={styles.h1}>
          {lesson.title}
        </h1>
        <p className={styles.meta}>
          <span>About {lesson.estimatedMinutes} min</span>
          <span>{lesson.difficulty}</span>
          {done && <span className={styles.doneBadge}>Completed</span>}
        </p>
      </header>
      <PersistenceNotice />
      <div className={styles.columns}>
        <div className={styles.story}>
          <div className={styles.narrative}>{narrative}</div>
          {lesson.objectives.length > 0 && (
            <section aria-labelledby="objectives-title">
              <h2 id="objectives-title" className={styles.h2}>
                You will
              </h2>
              <ul>
                {lesson.objectives.map((o) => (
                  <li key={o}>{o}</li>
                ))}
              </ul>
            </section>
          )}
          <ScenarioPanel lesson={lesson} answers={answers} />
        </div>
        <div className={styles.work}>
          {success && (
            <SuccessPanel debrief={debrief} next={next} onKeepEditing={() => setSuccess(false)} />
          )}
          <h2 className={styles.h2}>Your task</h2>
          {lesson.task.prompt && <p className={styles.prompt}>{lesson.task.prompt}</p>}
          <SlotEditors lesson={lesson} answers={answers} grade={grade} />
          <div className={styles.checkBar}>
            <button type="button" className="btn btn-primary" onClick={onCheck}>
              Check
            </button>
            <p role="status" className={styles.status} data-testid="check-status">
              {checked ?? gradeSummary(grade, lesson.task.slots)}
            </p>
            {attempts > 0 && <p className={styles.muted}>Attempts: {attempts}</p>}
          </div>
          {depsStatus === "failed" && (
            <p className={styles.warnText} role="note">
              Some AWS data could not be loaded, so checks that use AWS managed policies or the full
              action list may be incomplete.
            </p>
          )}
          <CheckList
            grade={grade}
            slots={lesson.task.slots}
            stale={stale}
            openCheckId={openTraceId}
            onWhy={(id) => (openTraceId === id ? closeTrace() : openTrace(id))}
            detail={<WhyPanel lesson={lesson} grade={grade} answers={answers} />}
          />
          <HintPanel lessonId={lesson.id} hints={hints} />
          <SolutionPanel lesson={lesson} />
        </div>
      </div>
    </article>
  );
}
