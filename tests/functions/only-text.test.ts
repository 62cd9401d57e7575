/**
 * A custom function given text and not one number — a column of channel
 * names picked by mistake, or a number written in words — says so in the
 * person's language instead of counting it as 0. A label above numbers,
 * and blank cells, stay skipped.
 */
import { describe, expect, it } from 'vitest';
import { channelVerdictFunction } from '../../src/functions/channel-verdict';
import { cplFunction } from '../../src/functions/cpl';
import { ENGLISH_CONTEXT, type FunctionContext } from '../../src/functions/function-context';
import { romiFunction } from '../../src/functions/romi';

const ru: FunctionContext = { lang: () => 'ru' };
const column = (...values: unknown[]) => values.map((value) => [value]) as never;
const CHANNELS = column('Канал', 'Яндекс Директ', 'VK Реклама', 'SEO', '');
const LEADS = column('Лиды', 10, 20, 30, '');

describe('a range or value with text and no number', () => {
  it('=CPL(KPI!B2:B12; KPI!F2:F12) on the channel names names the argument and the text', () => {
    expect(() => cplFunction(ru, CHANNELS, LEADS)).toThrow(
      'CPL: в аргументе «затраты (cost)» только текст («Канал») и ни одного числа; выберите столбец с числами или введите число цифрами',
    );
    expect(() => cplFunction(ENGLISH_CONTEXT, CHANNELS, LEADS)).toThrow(
      'CPL: cost holds text ("Канал") and no number; pick the column',
    );
  });

  it('=CPL("сто"; 5) and =ROMI(1000; "пятьсот")', () => {
    expect(() => cplFunction(ru, 'сто', 5)).toThrow('CPL: в аргументе «затраты (cost)» только текст («сто»)');
    expect(() => romiFunction(ru, 1000, 'пятьсот')).toThrow(
      'ROMI: в аргументе «затраты (cost)» только текст («пятьсот»)',
    );
  });

  it('quotes only an excerpt of a long text', () => {
    expect(() => cplFunction(ENGLISH_CONTEXT, 'x'.repeat(10_000), 5)).toThrow(/\("x{40}…"\) and no number/);
  });

  it('a header above numbers, blanks and an omitted argument stay as before', () => {
    expect(cplFunction(ru, column('Бюджет', 1000, '', 2000, ''), LEADS)).toBe(50);
    expect(cplFunction(ru, column('', ''), column(5, 5), undefined)).toBe(0);
    expect(cplFunction(ru, 600, 6)).toBe(100);
  });
});

describe('CHANNEL_VERDICT given text and no number', () => {
  const COST = column('Затраты', 1000, 2000, 3000, '');
  it('on the channel names as leads, cost or revenue: says so instead of judging every channel on 0', () => {
    expect(() => channelVerdictFunction(ru, CHANNELS, COST)).toThrow(
      'CHANNEL_VERDICT: в аргументе «лиды (leads)» только текст («Канал») и ни одного числа; выберите столбец с числами или введите число цифрами',
    );
    expect(() => channelVerdictFunction(ENGLISH_CONTEXT, LEADS, CHANNELS)).toThrow(
      'CHANNEL_VERDICT: cost holds text ("Канал") and no number',
    );
    expect(() => channelVerdictFunction(ru, LEADS, COST, CHANNELS)).toThrow(
      'CHANNEL_VERDICT: в аргументе «выручка (revenue)» только текст («Канал»)',
    );
  });

  it('=CHANNEL_VERDICT("сто"; 100)', () => {
    expect(() => channelVerdictFunction(ru, 'сто', 100)).toThrow(
      'CHANNEL_VERDICT: в аргументе «лиды (leads)» только текст («сто»)',
    );
  });

  it('a header alone above blank cells is a column not filled in yet, judged as before', () => {
    const verdicts = channelVerdictFunction(ENGLISH_CONTEXT, LEADS, COST, column('Выручка', '', '', '', ''));
    expect(verdicts).toEqual(channelVerdictFunction(ENGLISH_CONTEXT, LEADS, COST));
    expect(channelVerdictFunction(ENGLISH_CONTEXT, column('Лиды', '', ''), column('Затраты', '', ''))).toEqual([
      [''],
      [''],
      [''],
    ]);
  });
});
