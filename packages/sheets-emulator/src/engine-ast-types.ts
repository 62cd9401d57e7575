/**
 * HyperFormula does not export its AST and interpreter types; they are read
 * off the plugin API instead, once, for every plugin the emulator adds.
 */
import type { FunctionPlugin } from 'hyperformula';

export type Ast = Parameters<FunctionPlugin['evaluateAst']>[0];
export type InterpreterState = Parameters<FunctionPlugin['evaluateAst']>[1];
export type InterpreterValue = ReturnType<FunctionPlugin['evaluateAst']>;
