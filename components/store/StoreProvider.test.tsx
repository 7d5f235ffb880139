import { act, render } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { draftText, emptyProgress, saveDraft, type Progress } from "@/lib/progress";
import { StoreProvider } from "./StoreProvider";
import { STORAGE_KEY } from "./persistence";
import { GrabStore, MemoryStorage } from "./testing";
import type { AppStore } from "./createAppStore";

let clock = 1000;
const now = () => clock;

function mount(storage: MemoryStorage | null) {
  let store!: AppStore;
  const view = render(
    <StoreProvider storage={storage} saveDelayMs={300} now={now}>
      <GrabStore onStore={(s) => (store = s)} />
    </StoreProvider>,
  );
  return { view, store: () => store };
}

function stored(storage: MemoryStorage): Progress {
  return JSON.parse(storage.getItem(STORAGE_KEY) as string) as Progress;
}

beforeEach(() => {
  vi.useFakeTimers();
  clock = 1000;
});
afterEach(() => vi.useRealTimers());

describe("StoreProvider persistence", () => {
  it("given saved progress, when mounted, then it is loaded and ready", () => {
    const storage = new MemoryStorage();
    const saved = saveDraft(emptyProgress(0), "l1", "policy", "saved text", 500);
    storage.setItem(STORAGE_KEY, JSON.stringify(saved));
    const { store } = mount(storage);
    expect(store().getState().persistence).toEqual({ status: "ready" });
    expect(draftText(store().getState().progress.lessons.l1.drafts.policy)).toBe("saved text");
  });

  it("given typing, when the delay passes, then the draft is saved once (debounced)", () => {
    const storage = new MemoryStorage();
    const setItem = vi.spyOn(storage, "setItem");
    const { store } = mount(storage);
    act(() => {
      store().getState().saveDraft("l1", "policy", "a");
      store().getState().saveDraft("l1", "policy", "ab");
    });
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    act(() => void vi.advanceTimersByTime(300));
    expect(draftText(stored(storage).lessons.l1.drafts.policy)).toBe("ab");
    expect(setItem).toHaveBeenCalledTimes(1);
  });

  it("given pending changes, when the provider unmounts, then they are flushed", () => {
    const storage = new MemoryStorage();
    const { store, view } = mount(storage);
    act(() => store().getState().recordAttempt("l1"));
    view.unmount();
    expect(stored(storage).lessons.l1.attempts).toBe(1);
  });

  it("given corrupted storage, when mounted, then recovery is offered and the data is kept", () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{"version": 1, "lessons": ');
    const { store } = mount(storage);
    const state = store().getState().persistence;
    expect(state).toMatchObject({
      status: "corrupted",
      raw: '{"version": 1, "lessons": ',
      newer: false,
    });
    if (state.status === "corrupted") expect(state.reason).toMatch(/not valid JSON \(line 1/);
    act(() => store().getState().saveDraft("l1", "p", "work"));
    act(() => void vi.advanceTimersByTime(1000));
    expect(storage.getItem(STORAGE_KEY)).toBe('{"version": 1, "lessons": ');
  });

  it("given corrupted storage, when the learner starts fresh, then the session's work is saved", () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '"nonsense"');
    const { store } = mount(storage);
    act(() => store().getState().saveDraft("l1", "p", "work"));
    act(() => store().getState().setPersistence({ status: "ready" }));
    act(() => void vi.advanceTimersByTime(300));
    expect(draftText(stored(storage).lessons.l1.drafts.p)).toBe("work");
  });

  it("given progress from a newer app version, when mounted, then it is flagged as newer", () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify({ ...emptyProgress(0), version: 99 }));
    const { store } = mount(storage);
    expect(store().getState().persistence).toMatchObject({ status: "corrupted", newer: true });
  });

  it("given no storage, when mounted, then the app works and says progress is not kept", () => {
    const { store } = mount(null);
    expect(store().getState().persistence.status).toBe("unavailable");
    act(() => store().getState().saveDraft("l1", "p", "still works"));
    expect(draftText(store().getState().progress.lessons.l1.drafts.p)).toBe("still works");
  });

  it("given a full quota, when saving, then the status becomes unavailable without throwing", () => {
    const storage = new MemoryStorage();
    storage.failWrites = true;
    const { store } = mount(storage);
    act(() => store().getState().saveDraft("l1", "p", "x"));
    act(() => void vi.advanceTimersByTime(300));
    expect(store().getState().persistence).toMatchObject({
      status: "unavailable",
      reason: expect.stringContaining("QuotaExceededError"),
    });
  });

  it("given a nested provider, when rendered, then both share one store", () => {
    const seen: AppStore[] = [];
    render(
      <StoreProvider storage={null}>
        <GrabStore onStore={(s) => seen.push(s)} />
        <StoreProvider storage={null}>
          <GrabStore onStore={(s) => seen.push(s)} />
        </StoreProvider>
      </StoreProvider>,
    );
    expect(seen[0]).toBe(seen[1]);
  });
});

describe("StoreProvider reset", () => {
  it("given saved progress, when reset, then the stored value is replaced, not merged back", () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, JSON.stringify(saveDraft(emptyProgress(0), "l1", "p", "old", 5)));
    const { store } = mount(storage);
    act(() => store().getState().resetProgress());
    act(() => void vi.advanceTimersByTime(300));
    expect(stored(storage).lessons).toEqual({});
    expect(store().getState().progress.lessons).toEqual({});
  });
});

describe("StoreProvider with two tabs", () => {
  it("given another tab saves newer work, when the storage event fires, then it is merged in", () => {
    const storage = new MemoryStorage();
    const { store } = mount(storage);
    act(() => store().getState().saveDraft("l1", "mine", "my text"));
    const theirs = saveDraft(emptyProgress(0), "l1", "theirs", "their text", 5000);
    act(() => {
      window.dispatchEvent(
        new StorageEvent("storage", { key: STORAGE_KEY, newValue: JSON.stringify(theirs) }),
      );
    });
    const drafts = store().getState().progress.lessons.l1.drafts;
    expect(draftText(drafts.mine)).toBe("my text");
    expect(draftText(drafts.theirs)).toBe("their text");
  });

  it("given another tab wrote older work meanwhile, when we save, then neither is overwritten", () => {
    const storage = new MemoryStorage();
    const { store } = mount(storage);
    clock = 3000;
    act(() => store().getState().saveDraft("l1", "p", "newer here"));
    // The other tab writes without us having received its event yet.
    const other = saveDraft(
      saveDraft(emptyProgress(0), "l1", "p", "older there", 2000),
      "l2",
      "q",
      "other lesson",
      2000,
    );
    storage.setItem(STORAGE_KEY, JSON.stringify(other));
    act(() => void vi.advanceTimersByTime(300));
    const saved = stored(storage);
    expect(draftText(saved.lessons.l1.drafts.p)).toBe("newer here");
    expect(draftText(saved.lessons.l2.drafts.q)).toBe("other lesson");
    expect(draftText(store().getState().progress.lessons.l2.drafts.q)).toBe("other lesson");
  });

  it("given an older value from another tab, when the event fires, then our newer draft stays", () => {
    const storage = new MemoryStorage();
    const { store } = mount(storage);
    clock = 9000;
    act(() => store().getState().saveDraft("l1", "p", "newest"));
    const older = saveDraft(emptyProgress(0), "l1", "p", "old", 10);
    act(() => {
      window.dispatchEvent(
        new StorageEvent("storage", { key: STORAGE_KEY, newValue: JSON.stringify(older) }),
      );
    });
    expect(draftText(store().getState().progress.lessons.l1.drafts.p)).toBe("newest");
  });

  it("given another tab resets, when the key is removed, then this tab follows", () => {
    const storage = new MemoryStorage();
    const { store } = mount(storage);
    act(() => store().getState().saveDraft("l1", "p", "x"));
    act(() => {
      window.dispatchEvent(new StorageEvent("storage", { key: STORAGE_KEY, newValue: null }));
    });
    expect(store().getState().progress.lessons).toEqual({});
  });

  it("given a corrupted value from another tab, when the event fires, then it is ignored", () => {
    const storage = new MemoryStorage();
    const { store } = mount(storage);
    act(() => store().getState().saveDraft("l1", "p", "x"));
    act(() => {
      window.dispatchEvent(new StorageEvent("storage", { key: STORAGE_KEY, newValue: "{oops" }));
    });
    expect(draftText(store().getState().progress.lessons.l1.drafts.p)).toBe("x");
  });
});
