import { describe, expect, it } from "vitest";
import { tinyLesson } from "../test-fixtures";
import { catalogFromActions } from "./catalog";
import { gradeLesson } from "./grade";
import { catalogFromSnapshot, snapshotCatalog } from "./snapshot";

const source = catalogFromActions({ s3: ["GetObject", "PutObject", "DeleteObject", "ListBucket"] });

describe("catalog snapshot", () => {
  it("given a lesson, when its catalog is snapshotted, then grading from the snapshot gives the same grade", () => {
    const lesson = tinyLesson();
    const snapshot = snapshotCatalog(lesson, source);
    expect(snapshot.actions.s3).toContain("s3:DeleteObject");
    // The snapshot is plain data: it survives a structured clone (postMessage) unchanged.
    const copy = catalogFromSnapshot(structuredClone(snapshot));
    const wide = JSON.stringify({
      Version: "2012-10-17",
      Statement: [{ Effect: "Allow", Action: "s3:*", Resource: "*" }],
    });
    const direct = gradeLesson(lesson, { "alice-policy": wide }, { catalog: source });
    const viaSnapshot = gradeLesson(lesson, { "alice-policy": wide }, { catalog: copy });
    expect(JSON.parse(JSON.stringify(viaSnapshot))).toEqual(JSON.parse(JSON.stringify(direct)));
    expect(viaSnapshot.leastPrivilege?.counterexample).toBeDefined();
  });

  it("given a catalog that knows resource types, when snapshotted, then applies-to answers are kept", () => {
    const lesson = tinyLesson();
    const typed = { ...source, appliesTo: (a: string) => a !== "s3:ListBucket" };
    const snap = snapshotCatalog(lesson, typed);
    expect(snap.applies["s3:ListBucket\narn:aws:s3:::reports/a.csv"]).toBe(false);
    expect(
      catalogFromSnapshot(snap).appliesTo?.("s3:GetObject", "arn:aws:s3:::reports/a.csv"),
    ).toBe(true);
  });
});
