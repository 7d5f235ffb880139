"use client";

import type * as Monaco from "monaco-editor";
import { ensureServicesWithin, getCatalog } from "./catalogClient";
import { buildCompletions, type CompletionEntry, type EntryKind } from "./completions";
import { getFindings } from "./findingStore";
import { fixTitle, fixableFindingsIn } from "./findings";
import { buildHover, hoverTarget } from "./hovers";
import { policyTypeOf } from "./policyModels";

type MonacoApi = typeof Monaco;

const registered = new WeakSet<object>();
/** How long a completion or hover waits for a service's details before answering without them. */
const LOAD_WAIT_MS = 1500;

function itemKind(monaco: MonacoApi, kind: EntryKind): Monaco.languages.CompletionItemKind {
  const K = monaco.languages.CompletionItemKind;
  return {
    service: K.Module,
    action: K.Function,
    operator: K.Operator,
    conditionKey: K.Property,
    arn: K.Reference,
    principal: K.User,
  }[kind];
}

function toItem(
  monaco: MonacoApi,
  model: Monaco.editor.ITextModel,
  entry: CompletionEntry,
  range: Monaco.IRange,
  quoted: boolean,
): Monaco.languages.CompletionItem {
  const Rule = monaco.languages.CompletionItemInsertTextRule;
  let insertText = entry.insertText;
  let snippet = entry.snippet ?? false;
  if (!quoted) {
    // Outside a string: insert the quotes too, keeping the cursor inside when we retrigger.
    insertText = snippet
      ? `"${insertText}"`
      : entry.retrigger
        ? `"${insertText.replace(/[\\$}]/g, "\\$&")}$0"`
        : JSON.stringify(insertText);
    snippet = snippet || Boolean(entry.retrigger);
  }
  return {
    label: entry.label,
    kind: itemKind(monaco, entry.kind),
    insertText,
    insertTextRules: snippet ? Rule.InsertAsSnippet : undefined,
    detail: entry.detail,
    documentation: entry.documentation ? { value: entry.documentation } : undefined,
    sortText: entry.sortText,
    filterText: quoted ? entry.label : `"${entry.label}`,
    range,
    command: entry.retrigger ? { id: "editor.action.triggerSuggest", title: "Suggest" } : undefined,
  };
}

function rangeOf(
  model: Monaco.editor.ITextModel,
  monaco: MonacoApi,
  start: number,
  end: number,
): Monaco.Range {
  const a = model.getPositionAt(start);
  const b = model.getPositionAt(end);
  return new monaco.Range(a.lineNumber, a.column, b.lineNumber, b.column);
}

function completionProvider(monaco: MonacoApi): Monaco.languages.CompletionItemProvider {
  return {
    triggerCharacters: ['"', ":", "/"],
    async provideCompletionItems(model, position) {
      if (!policyTypeOf(model)) return { suggestions: [] };
      const catalog = await getCatalog().catch(() => undefined);
      if (!catalog) return { suggestions: [] };
      const text = model.getValue();
      const offset = model.getOffsetAt(position);
      let result = buildCompletions(catalog, text, offset);
      if (
        result.missingServices.length > 0 &&
        (await ensureServicesWithin(catalog, result.missingServices, LOAD_WAIT_MS))
      ) {
        result = buildCompletions(catalog, model.getValue(), model.getOffsetAt(position));
      }
      const { location } = result;
      const quoted = location.string !== undefined;
      const range = rangeOf(
        model,
        monaco,
        location.replaceStart,
        Math.max(offset, location.replaceEnd),
      );
      return { suggestions: result.entries.map((e) => toItem(monaco, model, e, range, quoted)) };
    },
  };
}

function hoverProvider(monaco: MonacoApi): Monaco.languages.HoverProvider {
  return {
    async provideHover(model, position) {
      if (!policyTypeOf(model)) return null;
      const catalog = await getCatalog().catch(() => undefined);
      if (!catalog) return null;
      const target = hoverTarget(model.getValue(), model.getOffsetAt(position));
      if (!target) return null;
      if (target.service) await ensureServicesWithin(catalog, [target.service], LOAD_WAIT_MS);
      const info = buildHover(catalog, target);
      if (!info) return null;
      return {
        range: rangeOf(model, monaco, info.start, info.end),
        contents: info.contents.map((value) => ({ value })),
      };
    },
  };
}

function codeActionProvider(monaco: MonacoApi): Monaco.languages.CodeActionProvider {
  return {
    provideCodeActions(model, range, context) {
      if (!policyTypeOf(model)) return { actions: [], dispose() {} };
      const versionId = model.getVersionId();
      const start = model.getOffsetAt(range.getStartPosition());
      const end = model.getOffsetAt(range.getEndPosition());
      const actions = fixableFindingsIn(
        getFindings(model.uri.toString(), versionId),
        start,
        end,
      ).map((f) => ({
        title: fixTitle(f)!,
        kind: "quickfix",
        isPreferred: true,
        diagnostics: context.markers.filter(
          (m) => String(typeof m.code === "object" ? m.code?.value : m.code) === f.code,
        ),
        edit: {
          edits: f.fix!.edits.map((e) => ({
            resource: model.uri,
            versionId,
            textEdit: {
              range: rangeOf(model, monaco, e.offset, e.offset + e.length),
              text: e.text,
            },
          })),
        },
      }));
      return { actions, dispose() {} };
    },
  };
}

/**
 * Registers the IAM completion, hover and quick-fix providers for JSON models, once per Monaco
 * instance. They answer only for models registered with `registerPolicyModel`.
 */
export function registerPolicyProviders(monaco: MonacoApi): void {
  if (registered.has(monaco)) return;
  registered.add(monaco);
  // Shift+Alt+F formats on every platform (Monaco binds Ctrl+Shift+I on Linux).
  monaco.editor.addKeybindingRule({
    keybinding: monaco.KeyMod.Shift | monaco.KeyMod.Alt | monaco.KeyCode.KeyF,
    command: "editor.action.formatDocument",
    when: "editorTextFocus && !editorReadonly",
  });
  monaco.languages.registerCompletionItemProvider("json", completionProvider(monaco));
  monaco.languages.registerHoverProvider("json", hoverProvider(monaco));
  monaco.languages.registerCodeActionProvider("json", codeActionProvider(monaco), {
    providedCodeActionKinds: ["quickfix"],
  });
}
