import { describe, expect, it, beforeEach } from "vitest";
import { render, screen } from "@testing-library/react";
import { encodeChallenge } from "@/lib/share";
import { validateLesson, type Lesson } from "@/lib/lessons";
import firstLesson from "@/lessons/first-identity-policy.json";
import { ChallengeView } from "./ChallengeView";

function lesson(): Lesson {
  const result = validateLesson(firstLesson);
  if (!result.ok) throw new Error("fixture lesson is invalid");
  return result.lesson;
}

describe("ChallengeView", () => {
  beforeEach(() => {
    window.localStorage.clear();
  });

  it("given a link with a valid challenge, when opened, then the player shows its title and checks", async () => {
    window.location.hash = encodeChallenge(lesson());
    render(<ChallengeView />);
    expect(await screen.findByRole("heading", { level: 1, name: lesson().title })).toBeTruthy();
    expect(await screen.findByRole("list", { name: "Checks" })).toBeTruthy();
  });

  it("given a damaged link, when opened, then it says why instead of crashing", async () => {
    window.location.hash = "v1.this-is-not-deflate";
    render(<ChallengeView />);
    expect(await screen.findByRole("heading", { name: /cannot be opened/ })).toBeTruthy();
    expect(screen.getByTestId("challenge-error").textContent).not.toBe("");
  });

  it("given a link of an unknown version, when opened, then the message names the problem", async () => {
    window.location.hash = "v9.abc";
    render(<ChallengeView />);
    const message = await screen.findByTestId("challenge-error");
    expect(message.textContent).toMatch(/version/i);
  });

  it("given no fragment, when opened, then it explains what a challenge link looks like", async () => {
    window.location.hash = "";
    render(<ChallengeView />);
    expect(await screen.findByRole("heading", { name: /No challenge/ })).toBeTruthy();
  });
});
