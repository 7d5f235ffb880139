import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

/** The app under test, started by e2e/run.mjs. */
export const BASE_URL = process.env.E2E_BASE_URL ?? "http://127.0.0.1:3000";
const SCREENSHOTS = path.resolve(__dirname, "..", "test-results", "screenshots");

/** Finds a Chromium: $CHROMIUM_PATH, $CHROME_PATH, then the usual system locations. */
export function chromiumPath(): string {
  const candidates = [
    process.env.CHROMIUM_PATH,
    process.env.CHROME_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
    "/usr/bin/google-chrome",
  ].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => fs.existsSync(p));
  if (!found) {
    throw new Error(
      `No Chromium found (looked at ${candidates.join(", ")}). Install Debian's chromium ` +
        "(apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.",
    );
  }
  return found;
}

let browser: Browser | null = null;

async function getBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return browser;
}

/** Closes the shared browser (call from afterAll). */
export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = null;
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Problems seen so far: outside requests, console errors, page errors. */
  problems: string[];
  /** Throws when the page made an outside request, logged a console error or threw. */
  assertClean(): void;
  close(): Promise<void>;
}

/**
 * Opens a fresh browser context that records every request, console error and page error, so a
 * test can fail on any of them.
 */
export async function openSession(
  options: {
    width?: number;
    height?: number;
    reducedMotion?: "reduce" | "no-preference";
    /** The colour scheme the page sees through `prefers-color-scheme` (default light). */
    colorScheme?: "light" | "dark";
  } = {},
): Promise<Session> {
  const b = await getBrowser();
  const context = await b.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    reducedMotion: options.reducedMotion ?? "reduce",
    colorScheme: options.colorScheme ?? "light",
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const appHost = new URL(BASE_URL).host;
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (["data:", "blob:", "about:"].includes(url.protocol)) return;
    if (url.host !== appHost) problems.push(`outside request: ${request.url()}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error") {
      const where = message.location()?.url;
      problems.push(`console error: ${message.text()}${where ? ` (${where})` : ""}`);
    }
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  return {
    context,
    page,
    problems,
    assertClean() {
      if (problems.length > 0) throw new Error(`The page was not clean:\n${problems.join("\n")}`);
    },
    close: () => context.close(),
  };
}

/** Saves a screenshot (the full page unless told otherwise) to test-results/screenshots/NAME.png. */
export async function screenshot(
  page: Page,
  name: string,
  { fullPage = true }: { fullPage?: boolean } = {},
): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage });
}
