import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  draftText,
  emptyProgress,
  exportProgress,
  saveDraft,
  completeLesson,
} from "@/lib/progress";
import { StoreProvider, type AppStore } from "@/components/store";
import { GrabStore, MemoryStorage } from "@/components/store/testing";
import { ProgressMenu } from "./ProgressMenu";
import { PersistenceNotice } from "./PersistenceNotice";

let downloads: { name: string; text: string }[] = [];

beforeEach(() => {
  downloads = [];
  const blobs = new Map<string, Blob>();
  vi.stubGlobal(
    "URL",
    Object.assign(URL, {
      createObjectURL: (b: Blob) => {
        const url = `blob:${blobs.size}`;
        blobs.set(url, b);
        return url;
      },
      revokeObjectURL: () => undefined,
    }),
  );
  vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    const blob = blobs.get(this.href);
    if (blob) void blob.text().then((text) => downloads.push({ name: this.download, text }));
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function mount(storage: MemoryStorage | null = new MemoryStorage()) {
  let store!: AppStore;
  render(
    <StoreProvider storage={storage}>
      <GrabStore onStore={(s) => (store = s)} />
      <PersistenceNotice />
      <ProgressMenu />
    </StoreProvider>,
  );
  return () => store;
}

function importFile(name: string, text: string) {
  const input = screen.getByTestId("import-progress") as HTMLInputElement;
  fireEvent.change(input, {
    target: { files: [new File([text], name, { type: "application/json" })] },
  });
}

describe("ProgressMenu", () => {
  it("given progress, when exported, then a file with the app marker and the drafts is downloaded", async () => {
    const store = mount();
    act(() => store().getState().saveDraft("l1", "p", "my draft"));
    fireEvent.click(screen.getByRole("button", { name: "Export progress" }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0].name).toMatch(/^least-privilege-progress-\d{4}-\d\d-\d\d\.json$/);
    const file = JSON.parse(downloads[0].text);
    expect(file).toMatchObject({ app: "least-privilege", kind: "progress" });
    expect(draftText(file.progress.lessons.l1.drafts.p)).toBe("my draft");
  });

  it("given a valid export, when imported, then it is merged without losing newer local work", async () => {
    const store = mount();
    act(() => store().getState().saveDraft("l1", "p", "local newer"));
    const local = store().getState().progress.lessons.l1.drafts.p.updatedAt;
    let incoming = saveDraft(emptyProgress(0), "l1", "p", "imported older", local - 1000);
    incoming = completeLesson(saveDraft(incoming, "l2", "q", "other", 5), "l2", 6);
    importFile("backup.json", exportProgress(incoming, 0));
    await screen.findByText(/Imported backup.json: 2 lessons merged/);
    const p = store().getState().progress;
    expect(draftText(p.lessons.l1.drafts.p)).toBe("local newer");
    expect(p.lessons.l2.completedAt).toBe(6);
  });

  it("given a file that is not an export, when imported, then a specific error is announced", async () => {
    mount();
    importFile("policy.json", '{"Version": "2012-10-17"}');
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toBe(
      "Could not import policy.json: This file is not a Least Privilege progress export.",
    );
  });

  it("given broken JSON, when imported, then the error names the line", async () => {
    mount();
    importFile("broken.json", '{\n  "app": "least-privilege",\n  oops\n}');
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toMatch(/not valid JSON: line 3, column 3/);
  });

  it("given reset, when cancelled then confirmed, then progress is kept then cleared", () => {
    const store = mount();
    act(() => store().getState().saveDraft("l1", "p", "x"));
    fireEvent.click(screen.getByRole("button", { name: "Reset progress" }));
    fireEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(store().getState().progress.lessons.l1).toBeDefined();
    fireEvent.click(screen.getByRole("button", { name: "Reset progress" }));
    const dialog = screen.getByRole("dialog", { name: "Reset all progress?" });
    fireEvent.click(within(dialog).getByRole("button", { name: "Yes, reset everything" }));
    expect(store().getState().progress.lessons).toEqual({});
  });
});

describe("PersistenceNotice", () => {
  it("given no storage, when shown, then it says progress will not be kept", () => {
    mount(null);
    expect(screen.getByTestId("storage-notice").textContent).toMatch(
      /Your progress will not be kept/,
    );
  });

  it("given corrupted storage, when the learner downloads and starts fresh, then the raw data is offered and saving resumes", async () => {
    const storage = new MemoryStorage();
    storage.setItem("least-privilege:progress:v1", "{broken");
    const store = mount(storage);
    const notice = screen.getByTestId("recovery-notice");
    expect(notice.textContent).toMatch(/could not be read/);
    fireEvent.click(screen.getByRole("button", { name: "Download the saved data" }));
    await waitFor(() => expect(downloads[0]?.text).toBe("{broken"));
    fireEvent.click(screen.getByRole("button", { name: "Start fresh" }));
    expect(screen.queryByTestId("recovery-notice")).toBeNull();
    expect(store().getState().persistence.status).toBe("ready");
  });

  it("given corrupted storage, when a valid export is imported, then it replaces the damaged data and saving resumes", async () => {
    const storage = new MemoryStorage();
    storage.setItem("least-privilege:progress:v1", "{broken");
    const store = mount(storage);
    importFile("backup.json", exportProgress(saveDraft(emptyProgress(0), "l1", "p", "mine", 1), 0));
    await screen.findByText(/It replaces the damaged saved data/);
    expect(screen.queryByTestId("recovery-notice")).toBeNull();
    expect(store().getState().persistence.status).toBe("ready");
    await waitFor(() => expect(storage.getItem("least-privilege:progress:v1")).toContain('"mine"'));
  });

  it("given data from a newer version, when a file is imported, then the newer data stays untouched", async () => {
    const storage = new MemoryStorage();
    const newer = JSON.stringify({ version: 99, lessons: {} });
    storage.setItem("least-privilege:progress:v1", newer);
    const store = mount(storage);
    importFile("backup.json", exportProgress(saveDraft(emptyProgress(0), "l1", "p", "mine", 1), 0));
    await screen.findByText(/Imported backup.json/);
    expect(store().getState().persistence.status).toBe("corrupted");
    expect(screen.getByTestId("recovery-notice")).toBeDefined();
    expect(storage.getItem("least-privilege:progress:v1")).toBe(newer);
  });
});
