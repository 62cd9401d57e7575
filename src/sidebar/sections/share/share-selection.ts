/**
 * Whom the person has ticked to share with. A person of the team with an
 * email and no access yet starts ticked; one already an editor, or without
 * an email, does not. A tick the person changed stays as they left it while
 * the team's list comes and goes (a teammate saved the team, the language
 * switched), and nobody without an email is ever sent.
 */
import type { SharePerson } from '../../../shared/server-api';

export interface ShareSelection {
  readonly chosen: ReadonlySet<string>;
  /** Ids the person has seen, so a newcomer to the team gets the default and the others keep their tick. */
  readonly known: ReadonlySet<string>;
}

export const NO_SELECTION: ShareSelection = { chosen: new Set(), known: new Set() };

function startsChosen(person: SharePerson): boolean {
  return person.email !== '' && !person.hasAccess;
}

export function receivePeople(selection: ShareSelection, people: readonly SharePerson[]): ShareSelection {
  const chosen = new Set<string>();
  for (const person of people) {
    if (person.email === '') continue;
    if (selection.known.has(person.id) ? selection.chosen.has(person.id) : startsChosen(person)) chosen.add(person.id);
  }
  return { chosen, known: new Set(people.map((person) => person.id)) };
}

/** After a share: everyone back to the default, so the people just shared with are no longer ticked. */
export function freshSelection(people: readonly SharePerson[]): ShareSelection {
  return receivePeople(NO_SELECTION, people);
}

export function toggle(selection: ShareSelection, person: SharePerson): ShareSelection {
  if (person.email === '') return selection;
  const chosen = new Set(selection.chosen);
  if (chosen.has(person.id)) chosen.delete(person.id);
  else chosen.add(person.id);
  return { chosen, known: selection.known };
}

/** The ticked people, in the team's order. */
export function chosenIds(selection: ShareSelection, people: readonly SharePerson[]): string[] {
  return people.filter((person) => person.email !== '' && selection.chosen.has(person.id)).map((person) => person.id);
}
