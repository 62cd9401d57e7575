/**
 * The custom functions' code, by name: all the bundle needs at run time.
 * Their documentation lives in registry.ts, which only the build reads.
 */
import { channelVerdictFunction } from './channel-verdict';
import { cplFunction } from './cpl';
import { raciCheckFunction } from './raci-check';
import { roleLoadFunction } from './role-load';
import { romiFunction } from './romi';
import { staffingCheckFunction } from './staffing-check';

export const CUSTOM_FUNCTION_IMPLEMENTATIONS = {
  CPL: cplFunction,
  ROMI: romiFunction,
  CHANNEL_VERDICT: channelVerdictFunction,
  RACI_CHECK: raciCheckFunction,
  ROLE_LOAD: roleLoadFunction,
  STAFFING_CHECK: staffingCheckFunction,
} as const;

export type CustomFunctionName = keyof typeof CUSTOM_FUNCTION_IMPLEMENTATIONS;
