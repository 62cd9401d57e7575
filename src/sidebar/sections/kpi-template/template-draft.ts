/**
 * The KPI template settings as the form holds them while the user edits:
 * numbers stay the text that was typed ("1 200,5", "", "abc") until the
 * schema checks them, so nothing typed is silently changed or lost.
 */
import type { Lang } from '../../../core/i18n/lang';
import { SETTINGS_SCHEMA_VERSION, type Currency, type TemplateSettings } from '../../../shared/template-settings';
import { formNumberText, readFormNumber } from '../../../core/number-text';

export interface ChannelDraft {
  readonly id: string;
  readonly name: string;
  /** '' means no target. */
  readonly targetCpl: string;
  /** Target ROMI in percent as typed ("150"); '' means the department's. */
  readonly targetRomi: string;
}

export interface TemplateDraft {
  readonly departmentName: string;
  readonly year: string;
  readonly currency: Currency;
  readonly sheetLang: Lang;
  readonly channels: readonly ChannelDraft[];
  readonly minLeads: string;
  /** The department's target ROMI in percent as typed ("100"). */
  readonly targetRomi: string;
}

/** The form shows ROMI in percent (100 means 100 %), the settings hold a ratio (1). */
function percentText(ratio: number): string {
  // Rounded to the form's precision so 0.07 shows as 7, not 7.000000000000001.
  return formNumberText(Math.round(ratio * 100 * 1e6) / 1e6);
}

function ratioOf(text: string): number | null {
  // "150 %" and "150%" are what a person writes for a percentage.
  const percent = readFormNumber(text.replace(/%[\s\u00a0]*$/, ''));
  return percent === null ? null : percent / 100;
}

export function draftFromSettings(settings: TemplateSettings): TemplateDraft {
  return {
    departmentName: settings.departmentName,
    year: formNumberText(settings.year),
    currency: settings.currency,
    sheetLang: settings.sheetLang,
    channels: settings.channels.map((channel) => ({
      id: channel.id,
      name: channel.name,
      targetCpl: channel.targetCpl === null ? '' : formNumberText(channel.targetCpl),
      targetRomi: channel.targetRomi === null ? '' : percentText(channel.targetRomi),
    })),
    minLeads: formNumberText(settings.minLeads),
    targetRomi: percentText(settings.targetRomi),
  };
}

/** An empty required number becomes `undefined`, which the schema reports as missing. */
function requiredNumber(text: string): number | undefined {
  return readFormNumber(text) ?? undefined;
}

/** The draft in the shape the schema checks; it is only `TemplateSettings` once the schema says so. */
export function draftToCandidate(draft: TemplateDraft): unknown {
  return {
    schemaVersion: SETTINGS_SCHEMA_VERSION,
    departmentName: draft.departmentName,
    year: requiredNumber(draft.year),
    currency: draft.currency,
    sheetLang: draft.sheetLang,
    channels: draft.channels.map((channel) => ({
      id: channel.id,
      name: channel.name,
      targetCpl: readFormNumber(channel.targetCpl),
      targetRomi: ratioOf(channel.targetRomi),
    })),
    minLeads: requiredNumber(draft.minLeads),
    // Empty is a problem to show, not the default: `null` fails the schema, `undefined` would quietly become 100 %.
    targetRomi: ratioOf(draft.targetRomi),
  };
}

export function sameDraft(a: TemplateDraft, b: TemplateDraft): boolean {
  return (
    a.departmentName === b.departmentName &&
    a.year === b.year &&
    a.currency === b.currency &&
    a.sheetLang === b.sheetLang &&
    a.minLeads === b.minLeads &&
    a.targetRomi === b.targetRomi &&
    a.channels.length === b.channels.length &&
    a.channels.every((channel, index) => {
      const other = b.channels[index];
      return (
        other !== undefined &&
        channel.id === other.id &&
        channel.name === other.name &&
        channel.targetCpl === other.targetCpl &&
        channel.targetRomi === other.targetRomi
      );
    })
  );
}
