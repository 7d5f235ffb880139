import { BASE_URL, openSession, type Session } from "./browser";

/**
 * Opens the playground at a viewport width and waits for its editor; with `lint`, also for the
 * first lint run (which means the action catalog has loaded).
 */
export async function openPlayground(width = 1280, { lint = false } = {}): Promise<Session> {
  const s = await openSession({ width });
  await s.page.goto(`${BASE_URL}/playground`);
  await s.page.locator(".monaco-editor").first().waitFor({ state: "visible" });
  if (lint) await s.page.getByTestId("lint-ms").waitFor({ timeout: 20_000 });
  return s;
}
