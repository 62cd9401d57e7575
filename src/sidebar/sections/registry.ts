/**
 * The sidebar's sections, top to bottom. A new feature adds its own folder
 * under src/sidebar/sections/ whose `<folder>-section.ts` exports `section`
 * (its place and its factory); the list of them is generated
 * (registry.generated.ts, by scripts/generate-lists.ts).
 */
import { DECLARED_SECTIONS } from './registry.generated';
import type { SectionFactory } from './section';

export const SIDEBAR_SECTIONS: readonly SectionFactory[] = [...DECLARED_SECTIONS]
  .sort((a, b) => a.order - b.order)
  .map((declared) => declared.create);
