import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import type { PolicyLesson } from "@/lib/lessons";
import { courseLessons } from "@/components/course/courseData";
import { ScenarioPanel } from "./ScenarioPanel";

const getLesson = (id: string) => courseLessons().find((l) => l.id === id);
const lesson = getLesson("ec2-role-reads-s3") as PolicyLesson;
const trustSlot = lesson.task.slots.find((s) => s.target.kind === "role-trust")!;
const trust = (principal: unknown) =>
  JSON.stringify({
    Version: "2012-10-17",
    Statement: [{ Effect: "Allow", Principal: principal, Action: "sts:AssumeRole" }],
  });
const trustedBy = () => screen.getByText("Trusted by").parentElement!.textContent;

describe("ScenarioPanel", () => {
  it("given a draft trust policy naming EC2, when drawn, then the role shows EC2 as trusted", () => {
    render(
      <ScenarioPanel
        lesson={lesson}
        answers={{ [trustSlot.id]: trust({ Service: "ec2.amazonaws.com" }) }}
      />,
    );
    expect(trustedBy()).toContain("ec2.amazonaws.com (from your trust policy)");
  });

  it("given a draft that does not parse, when drawn, then it says the trust follows once it does", () => {
    render(<ScenarioPanel lesson={lesson} answers={{ [trustSlot.id]: '{"Statement": [' }} />);
    expect(trustedBy()).toContain("whoever your trust policy names, once it parses");
  });

  it("given the starter draft with no statement, when drawn, then nobody is trusted yet", () => {
    render(<ScenarioPanel lesson={lesson} />);
    expect(trustedBy()).toContain("nobody yet: your trust policy names no one");
  });

  it("given a lesson without a trust slot, when drawn, then the scenario's own trust is shown", () => {
    render(<ScenarioPanel lesson={getLesson("first-identity-policy")!} />);
    expect(screen.getByText("alice")).toBeTruthy();
    expect(screen.queryByText("Trusted by")).toBeNull();
  });
});
