import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/core/i18n/lang';
import { check } from '../../src/shared/schema';
import { MAX_CHANNELS, defaultTemplateSettings, templateSettingsSchema } from '../../src/shared/template-settings';
import {
  draftFromSettings,
  type ChannelDraft,
  type TemplateDraft,
} from '../../src/sidebar/sections/kpi-template/template-draft';
import {
  MIN_LEADS_BOUNDS,
  TARGET_ROMI_PERCENT_BOUNDS,
  YEAR_BOUNDS,
  checkDraft,
} from '../../src/sidebar/sections/kpi-template/template-validation';

const base = draftFromSettings(defaultTemplateSettings('en', 2026));

function draft(overrides: Partial<TemplateDraft> = {}): TemplateDraft {
  return { ...base, ...overrides };
}

function channels(...list: [name: string, targetCpl?: string, targetRomi?: string][]): ChannelDraft[] {
  return list.map(([name, targetCpl = '', targetRomi = ''], index) => ({
    id: `c${index + 1}`,
    name,
    targetCpl,
    targetRomi,
  }));
}

function problems(candidate: TemplateDraft, lang: Lang = 'en'): Record<string, string> {
  const result = checkDraft(candidate, lang);
  if (result.ok) return {};
  return Object.fromEntries(result.problems.map((problem) => [problem.field, problem.message]));
}

describe('checkDraft', () => {
  it('accepts the defaults and returns schema-checked settings', () => {
    const result = checkDraft(base, 'en');
    expect(result.ok).toBe(true);
    if (result.ok) expect(check(templateSettingsSchema(), result.settings).success).toBe(true);
  });

  it('returns numbers parsed and names trimmed, ready to send', () => {
    const result = checkDraft(
      draft({
        year: ' 2027 ',
        minLeads: '10',
        departmentName: '  Growth  ',
        channels: channels(['  PPC ', '1 200,5'], ['SEO']),
      }),
      'en',
    );
    expect(result).toMatchObject({
      ok: true,
      settings: {
        year: 2027,
        minLeads: 10,
        departmentName: 'Growth',
        channels: [
          { id: 'c1', name: 'PPC', targetCpl: 1200.5 },
          { id: 'c2', name: 'SEO', targetCpl: null },
        ],
      },
    });
  });

  it('names the channel by its position, in English and Russian', () => {
    const candidate = draft({ channels: channels(['PPC'], ['SEO'], ['  ']) });
    expect(problems(candidate, 'en')).toEqual({ 'channel:c3:name': 'Channel 3: name is empty' });
    expect(problems(candidate, 'ru')).toEqual({ 'channel:c3:name': 'Канал 3: название не заполнено' });
  });

  it('requires a target CPL above 0, or a number at all', () => {
    const candidate = draft({ channels: channels(['PPC', '0'], ['SEO', '-5'], ['Email', 'cheap'], ['PR', '']) });
    expect(problems(candidate, 'en')).toEqual({
      'channel:c1:targetCpl': 'Channel 1: target CPL must be above 0',
      'channel:c2:targetCpl': 'Channel 2: target CPL must be above 0',
      'channel:c3:targetCpl': 'Channel 3: target CPL must be a number, or leave it empty',
    });
    expect(problems(candidate, 'ru')['channel:c1:targetCpl']).toBe('Канал 1: целевой CPL должен быть больше 0');
    expect(problems(candidate, 'ru')['channel:c3:targetCpl']).toBe(
      'Канал 3: целевой CPL должен быть числом, или оставьте поле пустым',
    );
  });

  it('reports the department name, year and minimum leads', () => {
    const candidate = draft({ departmentName: ' ', year: '1999', minLeads: '2.5' });
    expect(problems(candidate, 'en')).toEqual({
      departmentName: 'Department name is empty',
      year: 'Year must be a whole number from 2000 to 2100',
      minLeads: 'Minimum leads must be a whole number from 0 to 100,000',
    });
    expect(problems(candidate, 'ru')).toEqual({
      departmentName: 'Название отдела не заполнено',
      year: 'Год должен быть целым числом от 2000 до 2100',
      minLeads: 'Минимум лидов должен быть целым числом от 0 до 100\u00a0000',
    });
  });

  it('reports an empty or unreadable year', () => {
    expect(problems(draft({ year: '' }))).toHaveProperty('year');
    expect(problems(draft({ year: 'next' }))).toHaveProperty('year');
    expect(problems(draft({ year: '2026.5' }))).toHaveProperty('year');
  });

  it('quotes the schema maximum for names that are too long', () => {
    expect(problems(draft({ departmentName: 'x'.repeat(101) }))).toEqual({
      departmentName: 'Department name is longer than 100 characters',
    });
    expect(problems(draft({ channels: channels(['y'.repeat(61)]) }), 'ru')).toEqual({
      'channel:c1:name': 'Канал 1: название длиннее 60 символов',
    });
  });

  it('asks for at least one channel', () => {
    expect(problems(draft({ channels: [] }))).toEqual({ channels: 'Add at least one channel' });
    expect(problems(draft({ channels: [] }), 'ru')).toEqual({ channels: 'Добавьте хотя бы один канал' });
  });

  it('points a duplicate name (trimmed, any case) at the later channel', () => {
    const candidate = draft({ channels: channels(['SEO'], ['PPC'], [' seo ']) });
    expect(problems(candidate, 'en')).toEqual({
      'channel:c3:name': 'Channel 3: the name “seo” is already used by channel 1',
    });
    expect(problems(candidate, 'ru')).toEqual({ 'channel:c3:name': 'Канал 3: название «seo» уже есть у канала 1' });
  });

  it('rejects an unknown currency or sheet language, which only a damaged state could hold', () => {
    const candidate = { ...base, currency: 'GBP', sheetLang: 'de' } as unknown as TemplateDraft;
    expect(problems(candidate)).toEqual({
      currency: 'Choose a currency: RUB, USD or EUR',
      sheetLang: 'Choose the language of the sheets',
    });
  });

  it('lists problems in the order of the form, one per field', () => {
    const result = checkDraft(
      draft({ departmentName: '', year: 'x', channels: channels(['', '0']), minLeads: '' }),
      'en',
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((problem) => problem.field)).toEqual([
        'departmentName',
        'year',
        'channel:c1:name',
        'channel:c1:targetCpl',
        'minLeads',
      ]);
  });

  it('quotes the same bounds the schema enforces', () => {
    const valid = (patch: Partial<TemplateDraft>) => checkDraft(draft(patch), 'en').ok;
    expect(valid({ year: String(YEAR_BOUNDS.min) })).toBe(true);
    expect(valid({ year: String(YEAR_BOUNDS.max) })).toBe(true);
    expect(valid({ year: String(YEAR_BOUNDS.min - 1) })).toBe(false);
    expect(valid({ year: String(YEAR_BOUNDS.max + 1) })).toBe(false);
    expect(valid({ minLeads: String(MIN_LEADS_BOUNDS.min) })).toBe(true);
    expect(valid({ minLeads: String(MIN_LEADS_BOUNDS.max) })).toBe(true);
    expect(valid({ minLeads: String(MIN_LEADS_BOUNDS.min - 1) })).toBe(false);
    expect(valid({ minLeads: String(MIN_LEADS_BOUNDS.max + 1) })).toBe(false);
    expect(valid({ targetRomi: String(TARGET_ROMI_PERCENT_BOUNDS.min) })).toBe(true);
    expect(valid({ targetRomi: String(TARGET_ROMI_PERCENT_BOUNDS.max) })).toBe(true);
    expect(valid({ targetRomi: '-0,5' })).toBe(false);
    expect(valid({ targetRomi: String(TARGET_ROMI_PERCENT_BOUNDS.max + 1) })).toBe(false);
  });

  it("takes target ROMI in percent and stores a ratio; a channel's own is optional", () => {
    const result = checkDraft(draft({ targetRomi: '150 %', channels: channels(['PPC', '', '250,5'], ['SEO']) }), 'en');
    expect(result).toMatchObject({
      ok: true,
      settings: {
        targetRomi: 1.5,
        channels: [
          { name: 'PPC', targetRomi: 2.505 },
          { name: 'SEO', targetRomi: null },
        ],
      },
    });
    expect(draftFromSettings(result.ok ? result.settings : defaultTemplateSettings('en', 2026))).toMatchObject({
      targetRomi: '150',
      channels: [{ targetRomi: '250.5' }, { targetRomi: '' }],
    });
  });

  it('names the target ROMI that is wrong, in English and Russian; an empty department target is a problem, not 100 %', () => {
    const candidate = draft({ targetRomi: '', channels: channels(['PPC'], ['SEO', '', 'много']) });
    expect(problems(candidate, 'en')).toEqual({
      targetRomi: 'Target ROMI must be a number of percent from 0 to 10,000',
      'channel:c2:targetRomi': 'Channel 2: target ROMI must be a number of percent from 0 to 10,000, or leave it empty',
    });
    expect(problems(candidate, 'ru')).toEqual({
      targetRomi: 'Целевой ROMI должен быть числом процентов от 0 до 10\u00a0000',
      'channel:c2:targetRomi':
        'Канал 2: целевой ROMI должен быть числом процентов от 0 до 10\u00a0000, или оставьте поле пустым',
    });
  });

  it('reports too many channels', () => {
    const many = channels(...Array.from({ length: MAX_CHANNELS + 1 }, (_, index): [string] => [`Channel ${index}`]));
    expect(problems(draft({ channels: many }))).toEqual({ channels: `At most ${MAX_CHANNELS} channels` });
  });
});
