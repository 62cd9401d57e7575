/**
 * Which stage means a won deal when the person has not said: amoCRM's
 * system stage «Успешно реализовано» (id 142) and Bitrix24's «Сделка
 * успешна» (id WON, `C<n>:WON` in other pipelines), per EXPORTS.md.
 */
const WON_NAMES = new Set(['успешно реализовано', 'сделка успешна', 'won', '142']);

export function isWonStage(stage: string): boolean {
  const name = stage.trim().toLowerCase().replace(/ё/g, 'е');
  return WON_NAMES.has(name) || /^c\d+:won$/.test(name);
}
