/**
 * The add-on's custom functions as the emulator's: the emulator is generic
 * (it imports nothing of the add-on), so tests, the bench, the scripts and the
 * preview create it here, with the registry's functions and the add-on's
 * locale → language rule. Everything else the emulator exports passes through,
 * so a call site changes only its import path.
 */
import {
  createSheetsEmulator as createGenericEmulator,
  createFormulaEngine as createGenericFormulaEngine,
  type CustomFunctionSet as GenericCustomFunctionSet,
  type Emulator as GenericEmulator,
  type EmulatorOptions as GenericEmulatorOptions,
  type FormulaEngineOptions as GenericFormulaEngineOptions,
} from 'sheets-emulator';
import { langFromLocale } from '../../src/core/i18n/lang';
import { CUSTOM_FUNCTIONS } from '../../src/functions/registry';
import { ENGLISH_CONTEXT, type FunctionContext } from '../../src/functions/function-context';
import type { HyperFormula } from 'hyperformula';

export * from 'sheets-emulator';

/** The registry's functions; each call speaks the language of the spreadsheet's locale at that moment. */
export const ADDON_CUSTOM_FUNCTIONS: GenericCustomFunctionSet<FunctionContext> = {
  functions: CUSTOM_FUNCTIONS,
  contextFor: (locale) => ({ lang: () => langFromLocale(locale) }),
};

export type EmulatorOptions = Omit<GenericEmulatorOptions<FunctionContext>, 'customFunctions'>;

/** An emulated spreadsheet whose formulas can call the add-on's custom functions. */
export function createEmulator(options: EmulatorOptions = {}): GenericEmulator {
  return createGenericEmulator({ ...options, customFunctions: ADDON_CUSTOM_FUNCTIONS });
}

export type FormulaEngineOptions = GenericFormulaEngineOptions<FunctionContext>;

/** A bare engine with the add-on's custom functions (or `options.specs`), in English unless `options.context` says otherwise. */
export function createFormulaEngine(options: FormulaEngineOptions = {}): HyperFormula {
  return createGenericFormulaEngine({ specs: CUSTOM_FUNCTIONS, context: () => ENGLISH_CONTEXT, ...options });
}
