"use client";

import { useEffect, useMemo, useState, type ReactNode } from "react";
import type { Answers, GradeDeps, GradeResult, Lesson, TaskKind } from "@/lib/lessons";
import { lessonStatus } from "@/lib/progress";
import { useAppStore } from "@/components/store";
import { PersistenceNotice } from "@/components/course/PersistenceNotice";
import { HintPanel } from "./HintPanel";
import { ScenarioPanel } from "./ScenarioPanel";
import { SolutionPanel } from "./SolutionPanel";
import { SuccessPanel, type CoursePlace, type LessonLink } from "./SuccessPanel";
import { ACTIVITY_LABEL } from "@/components/course/activity";
import { TASK_VIEWS, type TaskKindView } from "./tasks";
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
  /** The lesson's module and course, for a built-in lesson (a challenge has none). */
  place?: CoursePlace;
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
  place,
  gradeDeps,
}: LessonPlayerProps) {
  const persistence = useAppStore((s) => s.persistence.status);
  const done = useAppStore((s) => lessonStatus(s.progress, lesson.id) === "done");
  const attempts = useAppStore((s) => s.progress.lessons[lesson.id]?.attempts ?? 0);
  const openLesson = useAppStore((s) => s.openLesson);
  const recordAttempt = useAppStore((s) => s.recordAttempt);
  const completeLesson = useAppStore((s) => s.completeLesson);
  const resetPlayer = useAppStore((s) => s.resetPlayer);
  const openTraceId = useAppStore((s) => s.openTraceCheckId);
  const { answers, latest } = useLessonAnswers(lesson);
  const lessonDeps = useGradeDeps(lesson, gradeDeps);
  const depsStatus = lessonDeps.status;
  const traceIds = useMemo(() => (openTraceId ? [openTraceId] : []), [openTraceId]);
  const { grade, checkNow, stale } = useLessonGrade(lesson, answers, lessonDeps, {
    traceIds,
    inline: gradeDeps !== undefined,
  });
  // The verdict of the last "Check", for the answers it graded: it stands until they change
  // (derived at render, so no store update, late render or live re-check can clear it early).
  const [verdict, setVerdict] = useState<{
    answers: Answers;
    text: string;
    result: GradeResult | null;
  } | null>(null);
  const standing = verdict && sameAnswers(verdict.answers, answers) ? verdict : null;
  const [success, setSuccess] = useState(false);
  const kind = TASK_VIEWS[lesson.task.kind] as unknown as TaskKindView<TaskKind>;

  // Open the lesson once stored progress is loaded (the provider's effect runs after ours).
  useEffect(() => {
    if (persistence !== "loading") openLesson(lesson.id);
  }, [persistence, lesson.id, openLesson]);
  useEffect(() => resetPlayer, [lesson.id, resetPlayer]);

  const runCheck = async () => {
    const now = latest();
    setVerdict({ answers: now, text: "Checking…", result: null });
    recordAttempt(lesson.id);
    const result = await checkNow(now);
    if (!result) return;
    setVerdict({ answers: now, text: kind.verdict(lesson, result), result });
    if (result.passed) {
      completeLesson(lesson.id);
      setSuccess(true);
    }
  };
  // "Check" pressed while the AWS data is still loading runs once it has arrived, so the verdict
  // is never one the live checks contradict a moment later.
  const [checkWaiting, setCheckWaiting] = useState(false);
  const onCheck = () => {
    if (depsStatus !== "loading") return void runCheck();
    setCheckWaiting(true);
    setVerdict({ answers: latest(), text: "Checking… (loading AWS data)", result: null });
  };
  useEffect(() => {
    if (!checkWaiting || depsStatus === "loading") return;
    setCheckWaiting(false);
    void runCheck();
    // runCheck reads this render's values; only the arrival of the data should trigger it.
  }, [checkWaiting, depsStatus]);

  const checkBar = (
    <div className={styles.checkBar}>
      <button
        type="button"
        className="btn btn-primary"
        onClick={onCheck}
        disabled={!kind.checkable}
      >
        Check
      </button>
      <p role="status" className={styles.status} data-testid="check-status">
        {standing?.text ?? kind.liveStatus(lesson, answers, grade)}
      </p>
      {attempts > 0 && <p className={styles.muted}>Attempts: {attempts}</p>}
    </div>
  );

  return (
    <article className={styles.player} aria-labelledby="lesson-title" data-kind={lesson.task.kind}>
      <header className={styles.header}>
        <p className={styles.eyebrow}>{lesson.module}</p>
        <h1 id="lesson-title" className={styles.h1}>
          {lesson.title}
        </h1>
        <p className={styles.meta}>
          <span>
            {
              ACTIVITY_LABEL[
                lesson.task.kind === "policy" ? (lesson.task.mode ?? "write") : lesson.task.kind
              ]
            }
          </span>
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
            <SuccessPanel
              debrief={debrief}
              readNext={lesson.readNext}
              next={next}
              place={place}
              onKeepEditing={() => setSuccess(false)}
            />
          )}
          <h2 className={styles.h2}>Your task</h2>
          {lesson.task.kind === "policy" && lesson.task.symptom && (
            <section
              className={styles.symptom}
              aria-labelledby="symptom-title"
              data-testid="symptom"
            >
              <h3 id="symptom-title" className={styles.symptomTitle}>
                Reported problem
              </h3>
              <p>{lesson.task.symptom}</p>
            </section>
          )}
          {lesson.task.prompt && <p className={styles.prompt}>{lesson.task.prompt}</p>}
          {depsStatus === "failed" && (
            <p className={styles.warnText} role="note">
              Some AWS data could not be loaded, so checks that use AWS managed policies or the full
              action list may be incomplete.
            </p>
          )}
          <kind.View
            lesson={lesson}
            answers={answers}
            grade={grade}
            checked={standing?.result ?? null}
            stale={stale}
            checkBar={checkBar}
          />
          <HintPanel lessonId={lesson.id} hints={hints} />
          <SolutionPanel lesson={lesson} />
        </div>
      </div>
    </article>
  );
}
