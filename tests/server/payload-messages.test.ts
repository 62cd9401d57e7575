/**
 * What a server action says when the sidebar's payload does not fit its
 * schema (settings, report request, share request, team, template file):
 * our words, in the person's language, naming the field and what is
 * expected — never a validator's "Invalid input" — and never more than a short
 * excerpt of what was sent.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createEmulator } from '../../packages/preview/addon-emulator';
import { generateMonthlyReport } from '../../src/server/actions/report-actions';
import { shareWithTeam } from '../../src/server/actions/share-actions';
import { saveSettings, setUserLang } from '../../src/server/actions/sidebar-state-actions';
import { saveTeam } from '../../src/server/actions/team-actions';
import { previewImport } from '../../src/server/actions/transfer-actions';
import { defaultTeamSettings } from '../../src/shared/team-settings';
import { defaultTemplateSettings } from '../../src/shared/template-settings';
import { EXCERPT_LENGTH } from '../../src/core/text-excerpt';
import { USER_MESSAGE_MARKER } from '../../src/shared/user-message-marker';
import type { Lang } from '../../src/core/i18n/lang';

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

function asUser(lang: Lang): void {
  const emulator = createEmulator({ owner: 'head@example.com' });
  uninstall = emulator.installGlobals();
  setUserLang(lang);
}

/** The refusal's text without the add-on's marker; fails when the call succeeds or throws something else. */
function refusal(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    expect(message.startsWith(USER_MESSAGE_MARKER), message).toBe(true);
    return message.slice(USER_MESSAGE_MARKER.length);
  }
  throw new Error('the call was not refused');
}

const LONG = 'Я'.repeat(100_000);
const ZOD_WORDS = /Invalid input|Expected|Too (big|small)|must match pattern|Invalid string/i;

describe('payload refusals name the field and what is expected', () => {
  const cases: [string, Lang, () => unknown, RegExp][] = [
    [
      'settings: a year out of range',
      'ru',
      () => saveSettings({ ...defaultTemplateSettings('ru', 2026), year: 1999 }),
      /^Настройки заполнены неверно: год: должно быть не меньше 2000$/,
    ],
    [
      'settings: a year as text',
      'en',
      () => saveSettings({ ...defaultTemplateSettings('en', 2026), year: '2026' }),
      /^The settings are not valid: year: must be a number$/,
    ],
    [
      'settings: a missing currency',
      'ru',
      () => saveSettings({ ...defaultTemplateSettings('ru', 2026), currency: undefined }),
      /: валюта: не указано$/,
    ],
    [
      'settings: an unknown currency',
      'ru',
      () => saveSettings({ ...defaultTemplateSettings('ru', 2026), currency: 'GBP' }),
      /: валюта: допустимо одно из: RUB, USD, EUR$/,
    ],
    [
      'settings: a channel with a negative target CPL',
      'ru',
      () => {
        const settings = defaultTemplateSettings('ru', 2026);
        return saveSettings({
          ...settings,
          channels: settings.channels.map((c, i) => (i === 1 ? { ...c, targetCpl: -5 } : c)),
        });
      },
      /: канал 2 \([^)]+\), целевая стоимость лида: должно быть больше 0$/,
    ],
    [
      'settings: not an object at all',
      'en',
      () => saveSettings(null),
      /^The settings are not valid: Settings: is missing$|^The settings are not valid: Settings: is not valid$/,
    ],
    [
      'report: a month in the wrong form',
      'ru',
      () => generateMonthlyReport({ month: '2026-13', replaceExisting: false }),
      /^Неверный запрос отчёта: месяц: «2026-13» — не месяц: нужны год и месяц в виде ГГГГ-ММ, например 2026-03$/,
    ],
    [
      'report: the answer missing',
      'en',
      () => generateMonthlyReport({ month: '2026-03' }),
      /^The report request is not valid: replace the existing report: is missing$/,
    ],
    [
      'report: the answer as text',
      'ru',
      () => generateMonthlyReport({ month: '2026-03', replaceExisting: 'да' }),
      /: заменить ли готовый отчёт: должно быть «да» или «нет»$/,
    ],
    [
      'share: an id in capitals',
      'ru',
      () => shareWithTeam({ personIds: ['Anna'] }),
      /^Запрос на открытие доступа неверен: человек 1: «Anna» — недопустимый идентификатор/,
    ],
    [
      'share: no list',
      'en',
      () => shareWithTeam({ personIds: 'anna' }),
      /^The sharing request is not valid: people to share with: must be a list$/,
    ],
  ];

  it.each(cases)('%s (%s)', (_name, lang, call, expected) => {
    asUser(lang);
    const text = refusal(call);
    expect(text).toMatch(expected);
    expect(text).not.toMatch(ZOD_WORDS);
  });
});

describe('what was sent comes back only as a short excerpt', () => {
  function longestRun(text: string): number {
    return Math.max(0, ...(text.match(/Я+/g) ?? []).map((run) => run.length));
  }

  it('a 100 000-character channel name is named by its first characters', () => {
    asUser('ru');
    const settings = defaultTemplateSettings('ru', 2026);
    const text = refusal(() => saveSettings({ ...settings, channels: [{ ...settings.channels[0]!, name: LONG }] }));
    expect(text).toMatch(/канал 1 \(Я+…\), название: длиннее 60 символов/);
    expect(longestRun(text)).toBe(EXCERPT_LENGTH);
  });

  it('a 100 000-character email and name in the team', () => {
    asUser('en');
    const team = {
      ...defaultTeamSettings('en'),
      people: [{ id: 'anna', name: LONG, email: `${LONG}@`, roleId: 'head', monthlyCost: null, employment: 'staff' }],
    };
    const text = refusal(() => saveTeam(team));
    expect(text).toMatch(/Person 1 \(Я+…\)/);
    expect(text.length).toBeLessThan(1000);
    expect(longestRun(text)).toBe(EXCERPT_LENGTH);
  });

  it('a 100 000-character month in the report request', () => {
    asUser('ru');
    const text = refusal(() => generateMonthlyReport({ month: LONG, replaceExisting: false }));
    expect(text.length).toBeLessThan(300);
  });

  it("a pasted text that is not JSON: the place in our words, not the engine's quote of the text", () => {
    asUser('ru');
    const preview = () => previewImport(`это не json ${LONG}`);
    const text = refusal(preview);
    expect(text).toBe(
      'Это не JSON: в строке 1, в позиции 1 неожиданный знак «э». Вставьте файл в том виде, в каком его создала выгрузка.',
    );
  });

  it('a JSON error further in: line and position', () => {
    asUser('en');
    const text = refusal(() => previewImport('{\n  "format": "marketing-kpi-template",\n  version: 1\n}'));
    expect(text).toBe(
      'This is not valid JSON: unexpected "v" at line 3, position 3. Paste the file exactly as Export made it.',
    );
  });
});
