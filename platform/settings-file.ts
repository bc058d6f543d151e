import * as v from "valibot";
import { describeIssue } from "./feed-format";
import { READER_SETTINGS, SETTING_LABELS, type ReaderSettings } from "./settings";

/**
 * Export and import of the reader's settings as a JSON file (issue #6). The file carries a
 * format name and version; every value is checked with its setting's own schema, and a file with
 * unknown keys, a newer version or a bad value is refused as a whole, with the reason.
 */

export const SETTINGS_FORMAT = "tidemark-settings";
export const SETTINGS_FILE_VERSION = 1;
/** A settings file is small; anything larger is not one (and is not read). */
export const MAX_SETTINGS_FILE_BYTES = 512 * 1024;

export interface SettingsFile {
  format: typeof SETTINGS_FORMAT;
  version: number;
  exportedAt: string;
  settings: ReaderSettings;
}

/** Reads every reader setting into an export file object. */
export async function exportSettings(now = new Date()): Promise<SettingsFile> {
  const entries = await Promise.all(Object.entries(READER_SETTINGS).map(async ([k, s]) => [k, await s.getValue()] as const));
  return { format: SETTINGS_FORMAT, version: SETTINGS_FILE_VERSION, exportedAt: now.toISOString(), settings: Object.fromEntries(entries) as ReaderSettings };
}

/** The export as pretty JSON text. */
export function settingsFileText(file: SettingsFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Parses and validates a settings file's text; returns the settings it sets or one error sentence. */
export function parseSettingsFile(text: string): { ok: true; settings: Partial<ReaderSettings> } | { ok: false; error: string } {
  if (text.length > MAX_SETTINGS_FILE_BYTES) return { ok: false, error: "This file is too large to be a Tidemark settings file." };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, error: "This file is not JSON, so it is not a Tidemark settings file." };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) return { ok: false, error: "This file is not a Tidemark settings file." };
  const file = json as Record<string, unknown>;
  if (file.format !== SETTINGS_FORMAT) return { ok: false, error: `This file is not a Tidemark settings file (its "format" is not "${SETTINGS_FORMAT}").` };
  if (typeof file.version !== "number" || !Number.isInteger(file.version) || file.version < 1) return { ok: false, error: "The file's version is missing or invalid." };
  if (file.version > SETTINGS_FILE_VERSION) return { ok: false, error: `The file was made by a newer Tidemark (settings version ${file.version}); update Tidemark to import it.` };
  const settings = file.settings;
  if (typeof settings !== "object" || settings === null || Array.isArray(settings)) return { ok: false, error: "The file has no settings." };
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(settings)) {
    const setting = READER_SETTINGS[key as keyof ReaderSettings];
    if (!setting || !Object.hasOwn(READER_SETTINGS, key)) return { ok: false, error: `The file has an unknown setting “${key.slice(0, 60)}”; nothing was imported.` };
    const parsed = v.safeParse(setting.schema as v.GenericSchema<unknown>, value);
    if (!parsed.success) {
      return { ok: false, error: `${SETTING_LABELS[key as keyof ReaderSettings]}: ${describeIssue(parsed.issues[0])} Nothing was imported.` };
    }
    out[key] = parsed.output;
  }
  return { ok: true, settings: out as Partial<ReaderSettings> };
}

/** Writes imported settings; keys absent from the file keep their current values. */
export async function applySettings(settings: Partial<ReaderSettings>): Promise<void> {
  for (const [key, value] of Object.entries(settings)) {
    await (READER_SETTINGS[key as keyof ReaderSettings] as { setValue(v: unknown): Promise<void> }).setValue(value);
  }
}
